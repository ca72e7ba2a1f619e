package org.talentbruecke.identity.application;

import org.talentbruecke.shared.application.FieldChecks;

/**
 * The organisation a new employer account belongs to. Organisations are the opening context's;
 * identity only declares what it needs when it creates an employer's account, and the opening
 * context's employer onboarding supplies it.
 */
public interface OrganisationToJoin {
  /** Adds the organisation's own field errors; they are reported together with the account's. */
  default void check(FieldChecks checks) {}

  /**
   * The organisation's id. Asked only once every check has passed, inside the same transaction as
   * the new account, so a refused registration leaves no organisation behind.
   */
  long id();
}
