package org.talentbruecke.contact.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What contact needs to know about accounts (identity's, adapted in {@code
 * contact.infrastructure.IdentityContactParties}): role, organisation, and for disclosure and mails
 * the name, e-mail address and stored language.
 */
public interface ContactParties {
  /**
   * @param role JOB_SEEKER, EMPLOYER, STAFF or ADMIN
   * @param organisationId the employer's organisation, null for other roles
   * @param language the account's stored language, German when none was chosen
   */
  record Party(
      long accountId,
      String role,
      Long organisationId,
      String name,
      String email,
      Locale language) {
    public boolean isSeeker() {
      return "JOB_SEEKER".equals(role);
    }

    public boolean isEmployer() {
      return "EMPLOYER".equals(role) && organisationId != null;
    }
  }

  Optional<Party> of(long accountId);

  /** The employer accounts of an organisation (who hears of an interest shown). */
  List<Party> ofOrganisation(long organisationId);
}
