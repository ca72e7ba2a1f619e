package org.talentbruecke.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.opening.application.OpeningInput;
import org.talentbruecke.opening.application.OpeningService;

/**
 * Published openings of the demo employer, so that job seekers and staff see a real list at
 * once: one in a regulated profession (nursing), one for helpers, one apprenticeship. The texts
 * pass the fair job-ad check, as a well-advised employer's would.
 */
@ApplicationScoped
public class DemoOpenings {
  private static final Logger LOG = Logger.getLogger(DemoOpenings.class.getName());
  private static final String HANNOVER = "03241001";
  private static final String LANGENHAGEN = "03241010";

  @Inject private OpeningService openings;
  @Inject private Clock clock;

  public void publishFor(long organisationId, long employerAccountId) {
    LocalDate start = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusWeeks(4);
    List<OpeningInput> demo =
        List.of(
            new OpeningInput(
                "Pflegefachkraft (m/w/d) in der Langzeitpflege",
                "Unser Pflegezentrum am Maschsee sucht Verstärkung im Wohnbereich. Wir begleiten"
                    + " Sie bei der Anerkennung Ihres Abschlusses (auch während eines"
                    + " Anpassungslehrgangs) und bieten einen Deutschkurs während der Arbeitszeit.",
                2, HANNOVER, "SHIFTS", start, null, 3300, 3900, "JOB",
                "B1", "B1", "B1", "B1", "A2", true, true, true, true),
            new OpeningInput(
                "Pflegehilfskraft (m/w/d)",
                "Sie unterstützen unser Team bei der Grundpflege und im Alltag der Bewohnerinnen"
                    + " und Bewohner. Eine Mentorin oder ein Mentor arbeitet Sie ein.",
                3, LANGENHAGEN, "PART_TIME", start, null, 2200, 2600, "JOB",
                "A2", "A2", "A2", "A2", "A1", true, true, false, true),
            new OpeningInput(
                "Ausbildung Pflegefachfrau/Pflegefachmann (m/w/d)",
                "Drei Jahre Ausbildung mit Praxis bei uns und Unterricht in der Pflegeschule."
                    + " Sprachförderung begleitet die Ausbildung.",
                2, HANNOVER, "FULL_TIME", start, 36, null, null, "APPRENTICESHIP",
                "B1", "B1", "B1", "B1", "B1", true, true, false, true));
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
