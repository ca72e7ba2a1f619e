package org.talentbruecke.identity.application;

import java.time.Instant;

/**
 * A consent as pages, the API and the data export show it.
 *
 * @param kind PRIVACY_NOTICE, PROFILE_VISIBILITY (an open set; sharing with an organisation comes
 *     with contact requests)
 * @param scope the notice version, the visibility chosen, ...
 * @param withdrawnAt null while the consent stands
 */
public record ConsentRecord(
    Long id, String kind, String scope, Instant givenAt, Instant withdrawnAt) {
  public boolean active() {
    return withdrawnAt == null;
  }
}
