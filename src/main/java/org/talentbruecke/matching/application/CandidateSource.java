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
   * account has no profile yet. (Sources that can compute it without reading the whole profile
   * override this.)
   */
  default java.util.Optional<String> handleOf(long accountId) {
    return current(accountId).map(Current::handle);
  }

  /** Why a job seeker's own profile gives no ranking, or {@link #READY} when it does. */
  enum ProfileState {
    READY,
    NO_PROFILE,
    HIDDEN,
    NO_SKILLS,
    NO_MUNICIPALITY;

    /** The reason an empty ranking gives for this state, e.g. {@code no-skills}. */
    public String reason() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** The snapshot is null unless the state is {@link ProfileState#READY}. */
  record OwnProfile(ProfileState state, CandidateSnapshot snapshot) {}

  /**
   * One job seeker as the index should hold them now, read fresh after their profile was saved.
   * Empty when the account has no profile.
   */
  java.util.Optional<Current> current(long accountId);

  /**
   * @param snapshot null when employers may not see the profile or it cannot be ranked (hidden, no
   *     ESCO skill, no municipality of the region): it leaves the index
   */
  record Current(String handle, CandidateSnapshot snapshot) {}

  /**
   * Who a handle stands for; for staff only (employers never learn it). Empty for a handle no
   * ranking has shown since the start or whose account is gone.
   */
  java.util.Optional<Person> person(String handle);

  /** The job seeker behind a handle: their account and the name they registered with. */
  record Person(long accountId, String name) {}
}
