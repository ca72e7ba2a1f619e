package org.talentbruecke.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.talentbruecke.identity.application.AccountBootstrap;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;

/**
 * Fills the region with generated employers and their published openings (see {@link
 * DemoEmployerGenerator}); how many employers and openings, and from which seed, come from {@link
 * DemoSettings}. Openings name ESCO occupations, so this waits for ESCO like the demo profile. The
 * generated organisations have no logins: they exist for the public list, the staff views and
 * matching.
 */
@ApplicationScoped
public class DemoEmployers extends DemoCreator {
  private static final Logger LOG = Logger.getLogger(DemoEmployers.class.getName());

  @Inject private OrganisationService organisations;
  @Inject private OpeningService openings;
  @Inject private AccountBootstrap accounts;
  @Inject private Vocabulary vocabulary;
  @Inject private Clock clock;
  @Inject private DemoSettings settings;
  @Inject private MunicipalityCatalog municipalities;

  @Override
  protected String what() {
    return "demo employers";
  }

  @Override
  protected boolean canCreate() {
    return accounts.hasAccount("staff@demo.test")
        && vocabulary.exists(DemoProfile.NURSE, ConceptType.OCCUPATION);
  }

  /** True once the first generated employer exists (or when none are wanted). */
  @Override
  protected boolean exists() {
    List<DemoEmployerGenerator.DemoEmployer> employers = employers();
    return employers.isEmpty() || organisations.existsNamed(employers.get(0).name());
  }

  @Override
  protected void create() {
    List<DemoEmployerGenerator.DemoEmployer> employers = employers();
    long staff = accounts.idOf("staff@demo.test");
    int published = 0;
    for (DemoEmployerGenerator.DemoEmployer employer : employers) {
      long id = organisations.register(employer.name());
      organisations.describe(id, employer.profile());
      organisations.verify(id, staff);
      for (var input : employer.openings()) {
        long opening = openings.createDraft(id, input).getId();
        // Generated texts pass the fair job-ad check; the staff id stands in for the publisher.
        openings.publish(id, opening, staff, false, Locale.GERMAN);
        published++;
      }
    }
    int count = published;
    LOG.info(
        () ->
            "Demo employers are ready: "
                + employers.size()
                + " organisations, "
                + count
                + " openings");
  }

  private List<DemoEmployerGenerator.DemoEmployer> employers() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
    return DemoEmployerGenerator.generate(
        settings.seed(), settings.employers(), settings.openings(), municipalities.all(), today);
  }
}
