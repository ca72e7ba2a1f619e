package org.talentbruecke.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.identity.application.AccountBootstrap;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.reference.application.ReferenceDataLoaded;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;

/**
 * Fills the region with generated employers and their published openings (see {@link
 * DemoEmployerGenerator}); how many and from which seed come from MicroProfile Config ({@code
 * talentbruecke.demo.employers}, {@code talentbruecke.demo.seed}). Openings name ESCO occupations,
 * so this waits for ESCO like the demo profile. The generated organisations have no logins: they
 * exist for the public list, the staff views and matching.
 */
@ApplicationScoped
public class DemoEmployers {
  private static final Logger LOG = Logger.getLogger(DemoEmployers.class.getName());

  @Inject private OrganisationService organisations;
  @Inject private OpeningService openings;
  @Inject private AccountBootstrap accounts;
  @Inject private Vocabulary vocabulary;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "talentbruecke.demo", defaultValue = "true")
  boolean demo;

  @Inject
  @ConfigProperty(name = "talentbruecke.demo.employers", defaultValue = "27")
  int size;

  @Inject
  @ConfigProperty(name = "talentbruecke.demo.seed", defaultValue = "2026")
  long seed;

  void onReferenceData(@Observes ReferenceDataLoaded event) {
    if (demo) {
      createIfPossible();
    }
  }

  /**
   * Idempotent: does nothing once the first generated employer exists, or while ESCO is missing.
   */
  public synchronized void createIfPossible() {
    boolean canCreate = false;
    try {
      LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
      List<DemoEmployerGenerator.DemoEmployer> employers =
          DemoEmployerGenerator.generate(seed, size, today);
      canCreate =
          accounts.hasAccount("staff@demo.test")
              && vocabulary.exists(DemoProfile.NURSE, ConceptType.OCCUPATION);
      if (!canCreate || employers.isEmpty() || organisations.existsNamed(employers.get(0).name())) {
        return;
      }
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
    } catch (RuntimeException e) {
      // Demo data must never stop the application or mark the ESCO import as failed.
      LOG.log(Level.WARNING, "Could not create the demo employers", e);
    } finally {
      settled |= canCreate;
    }
  }

  /** True once the generated employers exist (or failed for good): readiness waits for it. */
  public boolean isSettled() {
    return settled;
  }

  private volatile boolean settled;
}
