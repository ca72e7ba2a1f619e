package org.talentbruecke.matching.domain;

import java.util.Objects;

/**
 * The one place where a profile becomes what matching sees. It copies only the inputs of the score
 * and replaces the identity by the pseudonymous handle; the counterfactual fairness test checks
 * that changing any protected attribute changes neither snapshot, score nor rank.
 */
public final class CandidateSnapshotFactory {
  private final PseudonymousHandle handles;

  public CandidateSnapshotFactory(PseudonymousHandle handles) {
    this.handles = Objects.requireNonNull(handles, "handles");
  }

  public CandidateSnapshot snapshot(ProfileFacts profile) {
    return new CandidateSnapshot(
        handles.of(profile.profileId()),
        profile.municipality(),
        profile.skills(),
        profile.desiredOccupations(),
        profile.workHistory(),
        profile.languages(),
        profile.qualifications(),
        profile.availability());
  }
}
