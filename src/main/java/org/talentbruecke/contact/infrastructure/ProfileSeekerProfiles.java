package org.talentbruecke.contact.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.talentbruecke.contact.application.SeekerProfiles;
import org.talentbruecke.contact.domain.ProfileVisibility;
import org.talentbruecke.matching.application.CandidateSource;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.profile.application.ProfileService;

/**
 * Reads the job seeker's profile (id and visibility) from the profile context on every call, and
 * the handle from matching, which makes the handles.
 */
@ApplicationScoped
public class ProfileSeekerProfiles implements SeekerProfiles {
  @Inject private ProfileService profiles;
  @Inject private MatchingService matching;
  @Inject private CandidateSource candidates;

  @Override
  public Optional<SeekerProfile> ofAccount(long accountId) {
    return profiles
        .forMatching(accountId)
        .flatMap(
            p ->
                matching
                    .handleOf(accountId)
                    .map(
                        handle ->
                            new SeekerProfile(
                                accountId,
                                p.profileId(),
                                handle,
                                ProfileVisibility.of(p.data().visibility()))));
  }

  @Override
  public Optional<Long> accountBehind(String handle) {
    return candidates.person(handle).map(CandidateSource.Person::accountId);
  }
}
