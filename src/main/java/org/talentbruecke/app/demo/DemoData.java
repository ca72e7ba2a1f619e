package org.talentbruecke.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.talentbruecke.identity.application.AccountBootstrap;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.reference.application.ConceptSearch;
import org.talentbruecke.reference.application.ReferenceDataLoaded;

/**
 * The demo accounts listed in the README, so every role can be tried at once, and the demo data
 * that name ESCO concepts ({@link DemoCreator}s), made once the reference data are loaded. Only in
 * demo mode ({@link DemoSettings}).
 */
@ApplicationScoped
public class DemoData {
  /** The one password of all demo accounts; documented in the README. */
  public static final String PASSWORD = "Talentbruecke-Demo-2026";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private AccountBootstrap accounts;
  @Inject private OrganisationService organisations;
  @Inject private DemoSettings settings;
  @Inject private ConceptSearch search;
  @Inject private DemoProfile demoProfile;
  @Inject private DemoOpenings demoOpenings;
  @Inject private DemoEmployers demoEmployers;
  @Inject private DemoSeekers demoSeekers;

  /** Called at start-up in demo mode. */
  public void load() {
    accounts.createIfAbsent("staff@demo.test", "Svenja Berater", PASSWORD, Role.STAFF, null);
    accounts.createIfAbsent("seeker@demo.test", "Amina Haddad", PASSWORD, Role.JOB_SEEKER, null);
    if (!accounts.hasAccount("employer@demo.test")) {
      long organisation = organisations.register("Pflegezentrum Am Maschsee GmbH");
      long staff = accounts.idOf("staff@demo.test");
      organisations.verify(organisation, staff);
      accounts.createIfAbsent(
          "employer@demo.test", "Jörg Meyer", PASSWORD, Role.EMPLOYER, organisation);
      LOG.info("Demo accounts are ready (password " + PASSWORD + ")");
    }
    // The reference data are usually loaded later, in the background, and their event creates the
    // rest; when they were faster than these accounts, the event found nothing to attach to.
    if (search.isReady()) {
      createEachPart();
    }
  }

  void onReferenceData(@Observes ReferenceDataLoaded event) {
    if (settings.isActive()) {
      createEachPart();
    }
  }

  /** Each part once, in this order: the generated job seekers need not delay the others. */
  private void createEachPart() {
    for (DemoCreator part : List.of(demoProfile, demoOpenings, demoEmployers, demoSeekers)) {
      part.createOnce();
    }
  }
}
