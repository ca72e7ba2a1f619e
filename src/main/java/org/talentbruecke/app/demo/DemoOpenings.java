package org.talentbruecke.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.identity.application.AccountBootstrap;
import org.talentbruecke.opening.application.OpeningInput;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.RequirementsInput;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;

/**
 * Published openings of the demo employer, so that job seekers and staff see a real list at once:
 * one in a regulated profession (nursing), one for helpers, one apprenticeship, each with ESCO
 * requirements. The texts pass the fair job-ad check, as a well-advised employer's would. They name
 * ESCO concepts, so they are created once ESCO is loaded (see {@link DemoCreator}).
 */
@ApplicationScoped
public class DemoOpenings extends DemoCreator {
  private static final Logger LOG = Logger.getLogger(DemoOpenings.class.getName());
  private static final String HANNOVER = "03241001";
  private static final String LANGENHAGEN = "03241010";

  private static final String ESCO = "http://data.europa.eu/esco/";
  private static final String NURSE = DemoProfile.NURSE;
  private static final String CARE_HELPER =
      ESCO + "occupation/d38c2107-98f2-47b7-8bb4-f69750d51082";
  static final String EMPLOYER = "employer@demo.test";

  @Inject private OpeningService openings;
  @Inject private Clock clock;
  @Inject private AccountBootstrap accounts;
  @Inject private org.talentbruecke.identity.application.AccountService accountService;
  @Inject private Vocabulary vocabulary;

  @Override
  protected String what() {
    return "demo openings";
  }

  @Override
  protected boolean canCreate() {
    return accounts.hasAccount(EMPLOYER) && vocabulary.exists(NURSE, ConceptType.OCCUPATION);
  }

  /** True when the demo employer has openings, or has no organisation to publish them for. */
  @Override
  protected boolean exists() {
    Long organisation = organisation();
    return organisation == null || !openings.ofOrganisation(organisation).isEmpty();
  }

  @Override
  protected void create() {
    publishFor(organisation(), accounts.idOf(EMPLOYER));
  }

  private Long organisation() {
    return accountService
        .find(accounts.idOf(EMPLOYER))
        .map(a -> a.getOrganisationId())
        .orElse(null);
  }

  void publishFor(long organisationId, long employerAccountId) {
    LocalDate start = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusWeeks(4);
    List<OpeningInput> demo =
        List.of(
            new OpeningInput(
                "Pflegefachkraft (m/w/d) in der Langzeitpflege",
                "Unser Pflegezentrum am Maschsee sucht Verstärkung im Wohnbereich. Wir begleiten"
                    + " Sie bei der Anerkennung Ihres Abschlusses (auch während eines"
                    + " Anpassungslehrgangs) und bieten einen Deutschkurs während der Arbeitszeit.",
                2,
                HANNOVER,
                "SHIFTS",
                start,
                null,
                3300,
                3900,
                "JOB",
                "B1",
                "B1",
                "B1",
                "B1",
                "A2",
                true,
                true,
                true,
                true,
                new RequirementsInput(
                    NURSE,
                    List.of(
                        ESCO + "skill/0450eaee-1a00-4622-8f4e-5356fce816d2",
                        ESCO + "skill/2b1ce548-4e16-45fb-bfb2-f3141c8efe8d"),
                    List.of(ESCO + "skill/0bb3792c-0a17-4e48-a8b3-5603bb12a660"),
                    1,
                    "Pflegefachfrau/Pflegefachmann oder gleichwertiger Abschluss aus dem Ausland",
                    6,
                    "IN_PROGRESS_ACCEPTED",
                    List.of(new RequirementsInput.LanguageInput("ar", "B1")))),
            new OpeningInput(
                "Pflegehilfskraft (m/w/d)",
                "Sie unterstützen unser Team bei der Grundpflege und im Alltag der Bewohnerinnen"
                    + " und Bewohner. Eine Mentorin oder ein Mentor arbeitet Sie ein.",
                3,
                LANGENHAGEN,
                "PART_TIME",
                start,
                null,
                2200,
                2600,
                "JOB",
                "A2",
                "A2",
                "A2",
                "A2",
                "A1",
                true,
                true,
                false,
                true,
                new RequirementsInput(
                    CARE_HELPER,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    "IN_PROGRESS_ACCEPTED",
                    List.of())),
            new OpeningInput(
                "Ausbildung Pflegefachfrau/Pflegefachmann (m/w/d)",
                "Drei Jahre Ausbildung mit Praxis bei uns und Unterricht in der Pflegeschule."
                    + " Sprachförderung begleitet die Ausbildung.",
                2,
                HANNOVER,
                "FULL_TIME",
                start,
                36,
                null,
                null,
                "APPRENTICESHIP",
                "B1",
                "B1",
                "B1",
                "B1",
                "B1",
                true,
                true,
                false,
                true,
                new RequirementsInput(
                    NURSE, List.of(), List.of(), null, null, null, null, List.of())));
    for (OpeningInput input : demo) {
      try {
        long id = openings.createDraft(organisationId, input).getId();
        openings.publish(organisationId, id, employerAccountId, false, Locale.GERMAN);
      } catch (RuntimeException e) {
        // Demo data must never stop the service from starting.
        LOG.log(Level.WARNING, "Demo opening not published: " + input.title(), e);
      }
    }
  }
}
