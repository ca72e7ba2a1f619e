package org.talentbruecke.contact.application;

import java.util.Optional;
import org.talentbruecke.contact.domain.ProfileVisibility;

/** The job seeker's profile as contact needs it, read fresh on every call (profile, matching). */
public interface SeekerProfiles {
  /**
   * @param profileId the pipeline counts candidates by profile
   * @param handle the pseudonymous handle employers know the person by
   * @param visibility who may see the profile now
   */
  record SeekerProfile(
      long accountId, long profileId, String handle, ProfileVisibility visibility) {}

  /** Empty when the account has no profile. */
  Optional<SeekerProfile> ofAccount(long accountId);

  /** The account behind a handle an employer was shown; empty for an unknown handle. */
  Optional<Long> accountBehind(String handle);
}
