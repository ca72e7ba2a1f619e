package org.talentbruecke.shared.application;

import java.util.List;

/**
 * The codes of audit entries. An open set: a context that needs a new kind of entry adds a code
 * here (and a label {@code audit.type.<CODE>} in the message bundles); stored entries keep their
 * code as text, so nothing else changes.
 */
public final class AuditTypes {
  /** A successful sign-in (page or API token). */
  public static final String SIGN_IN = "SIGN_IN";

  /**
   * A failed sign-in: wrong password for a known account (the entry is about that account), or an
   * unknown e-mail address (the typed address is not recorded).
   */
  public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

  /** An account was created (registration, invitation, admin). */
  public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";

  /** A person's account was erased (GDPR Art. 17); the entry keeps only the pseudonym. */
  public static final String ACCOUNT_ERASED = "ACCOUNT_ERASED";

  /** Someone changed a field of an entity (old and new value only when not personal). */
  public static final String CHANGE = "CHANGE";

  /** Someone downloaded the data stored about a person (GDPR export). */
  public static final String DATA_EXPORTED = "DATA_EXPORTED";

  /** Staff pinned or excluded a candidate for an opening. */
  public static final String STAFF_DECISION = "STAFF_DECISION";

  /** Staff withdrew a decision. */
  public static final String STAFF_DECISION_WITHDRAWN = "STAFF_DECISION_WITHDRAWN";

  /** A person gave a consent (privacy notice version, visibility). */
  public static final String CONSENT_GIVEN = "CONSENT_GIVEN";

  /** A person withdrew a consent. */
  public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

  /**
   * A profile was shown to an employer (candidates page or API) or to staff; one entry per
   * organisation (or staff member), profile and day.
   */
  public static final String PROFILE_VIEWED = "PROFILE_VIEWED";

  /** An employer asked to contact a candidate, or a job seeker showed interest in an opening. */
  public static final String CONTACT_REQUESTED = "CONTACT_REQUESTED";

  /** The other side accepted or declined a contact request. */
  public static final String CONTACT_ANSWERED = "CONTACT_ANSWERED";

  /** The job seeker withdrew a contact request. */
  public static final String CONTACT_WITHDRAWN = "CONTACT_WITHDRAWN";

  /** Staff verified or rejected an organisation, or asked it for details. */
  public static final String VERIFICATION_DECIDED = "VERIFICATION_DECIDED";

  /** Every code known today, in the order filters offer them. */
  public static final List<String> ALL =
      List.of(
          SIGN_IN,
          SIGN_IN_FAILED,
          ACCOUNT_CREATED,
          ACCOUNT_ERASED,
          CHANGE,
          DATA_EXPORTED,
          STAFF_DECISION,
          STAFF_DECISION_WITHDRAWN,
          CONSENT_GIVEN,
          CONSENT_WITHDRAWN,
          PROFILE_VIEWED,
          CONTACT_REQUESTED,
          CONTACT_ANSWERED,
          CONTACT_WITHDRAWN,
          VERIFICATION_DECIDED);

  /** A code is upper-case letters and underscores, at most 40 characters. */
  public static boolean isWellFormed(String code) {
    return code != null && code.matches("[A-Z][A-Z_]{0,39}");
  }

  private AuditTypes() {}
}
