package org.talentbruecke.matching.application;

import java.util.List;
import org.talentbruecke.matching.domain.CandidateSnapshot;

/** Where matching reads job seekers from (the profile context, through its application layer). */
public interface CandidateSource {

  /** Every job seeker whose profile lets verified employers see it, as matching sees them. */
  List<CandidateSnapshot> visibleToEmployers();

  /** The job seeker's own profile as matching sees it, with why it cannot be matched if so. */
  OwnProfile ofAccount(long accountId);

  /**
   * The pseudonymous handle of the account's profile, the same one rankings show; empty when the
   * account has no profile yet.
   */
  java.util.Optional<String> handleOf(long accountId);

  /** Why a job seeker's own profile gives no ranking, or {@link #READY} when it does. */
  enum ProfileState {
    READY,
    NO_PROFILE,
    HIDDEN,
    NO_SKILLS,
    NO_MUNICIPALITY
  }

  /** The snapshot is null unless the state is {@link ProfileState#READY}. */
  record OwnProfile(ProfileState state, CandidateSnapshot snapshot) {}
}
