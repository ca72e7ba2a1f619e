package org.talentbruecke.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.talentbruecke.identity.application.AccountBootstrap;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.opening.application.OrganisationService;

/**
 * The demo accounts listed in the README, so every role can be tried at once. Only loaded when
 * {@code talentbruecke.demo} is true.
 */
@ApplicationScoped
public class DemoData {
  /** The one password of all demo accounts; documented in the README. */
  public static final String PASSWORD = "Talentbruecke-Demo-2026";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private AccountBootstrap accounts;
  @Inject private OrganisationService organisations;
  @Inject private DemoProfile demoProfile;
  @Inject private DemoOpenings demoOpenings;
  @Inject private DemoEmployers demoEmployers;

  public void load() {
    accounts.createIfAbsent("staff@demo.test", "Svenja Berater", PASSWORD, Role.STAFF, null);
    accounts.createIfAbsent("seeker@demo.test", "Amina Haddad", PASSWORD, Role.JOB_SEEKER, null);
    // Only succeeds when ESCO is already loaded (a restart); otherwise the end of the import does
    // it.
    demoProfile.createIfPossible();
    if (!accounts.hasAccount("employer@demo.test")) {
      long organisation = organisations.register("Pflegezentrum Am Maschsee GmbH");
      long staff = accounts.idOf("staff@demo.test");
      organisations.verify(organisation, staff);
      accounts.createIfAbsent(
          "employer@demo.test", "Jörg Meyer", PASSWORD, Role.EMPLOYER, organisation);
      LOG.info("Demo accounts are ready (password " + PASSWORD + ")");
    }
    // Openings name ESCO concepts: created now on a restart, else when the first import ends.
    demoOpenings.createIfPossible();
    demoEmployers.createIfPossible();
  }
}
