package org.talentbruecke.matching.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * Everything matching may know about a job seeker, and nothing more. Name, contact, photo, birth
 * date or age, gender, nationality, country of birth and religion are deliberately not fields: what
 * is not here cannot influence a score (see {@link CandidateSnapshotFactory}).
 *
 * @param handle stable pseudonymous handle, the only way a ranking refers to the person
 */
public record CandidateSnapshot(
    String handle,
    Municipality municipality,
    List<CandidateSkill> skills,
    List<OccupationRef> desiredOccupations,
    List<WorkExperience> workHistory,
    List<LanguageAbility> languages,
    List<Qualification> qualifications,
    Availability availability) {

  public CandidateSnapshot {
    Objects.requireNonNull(handle, "handle");
    if (handle.isBlank()) {
      throw new IllegalArgumentException("handle must not be blank");
    }
    Objects.requireNonNull(municipality, "municipality");
    skills = List.copyOf(skills);
    desiredOccupations = List.copyOf(desiredOccupations);
    workHistory = List.copyOf(workHistory);
    languages = List.copyOf(languages);
    qualifications = List.copyOf(qualifications);
    Objects.requireNonNull(availability, "availability");
  }

  /** The person's German, if they stated any. */
  public Optional<LanguageAbility> german() {
    return language(LanguageAbility.GERMAN);
  }

  /** The best-rated entry for a language (by overall rank), if any. */
  public Optional<LanguageAbility> language(String code) {
    return languages.stream()
        .filter(l -> l.language().equals(code))
        .max(java.util.Comparator.comparingInt(LanguageAbility::overallRank));
  }
}
