package org.talentbruecke.matching.domain;

import java.time.LocalDate;
import java.util.List;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * A job seeker's profile as plain values, the way the profile context will hand it over through the
 * port of the next step — including the personal and protected attributes a profile holds. Matching
 * never scores this: {@link CandidateSnapshotFactory} turns it into a {@link CandidateSnapshot} and
 * leaves those attributes behind.
 */
public record ProfileFacts(
    long profileId,
    // Personal and protected attributes: present in a profile, never used by matching.
    String name,
    String email,
    String photoReference,
    LocalDate birthDate,
    String gender,
    String nationality,
    String countryOfBirth,
    String religion,
    // What matching uses.
    Municipality municipality,
    List<CandidateSkill> skills,
    List<OccupationRef> desiredOccupations,
    List<WorkExperience> workHistory,
    List<LanguageAbility> languages,
    List<Qualification> qualifications,
    Availability availability) {}
