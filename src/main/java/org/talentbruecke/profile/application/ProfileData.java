package org.talentbruecke.profile.application;

import java.util.List;
import java.util.Map;

/**
 * The whole profile as plain values, read and written in one piece (the JSON form of the API and
 * the input of {@link ProfileService}). Codes, dates and levels are text so that a wrong value
 * becomes a field error naming the field, not an unreadable request.
 */
public record ProfileData(
    List<Occupation> occupations,
    List<Skill> skills,
    List<Work> workHistory,
    List<Language> languages,
    List<Course> germanCourses,
    List<QualificationEntry> qualifications,
    AvailabilityEntry availability,
    String about,
    String visibility) {

  /** A desired ESCO occupation. */
  public record Occupation(String escoUri, boolean preferred) {}

  /**
   * An ESCO skill ({@code escoUri}) or a self-described one ({@code description}), with its level.
   */
  public record Skill(String escoUri, String description, String level, boolean usedInGermany) {}

  /** A job; months as {@code YYYY-MM}, {@code to} empty while it continues. */
  public record Work(
      String employerType,
      String occupationUri,
      String title,
      String country,
      String from,
      String to,
      String tasks) {}

  /** A language by ISO 639 code; {@code levels} maps Europass sub-skills to CEFR levels. */
  public record Language(
      String code,
      boolean motherTongue,
      Map<String, String> levels,
      List<Certificate> certificates) {}

  /** A language certificate with its date ({@code YYYY-MM-DD}). */
  public record Certificate(String name, String date) {}

  /** An integration course or Berufssprachkurs. */
  public record Course(String type, String level, String status) {}

  /** A qualification and its recognition in Germany. */
  public record QualificationEntry(
      String type,
      String title,
      String country,
      String institution,
      Integer year,
      Integer eqfLevel,
      RecognitionEntry recognition,
      String anabin) {}

  /** The recognition state; which fields apply depends on {@code status}. */
  public record RecognitionEntry(
      String status,
      String appliedOn,
      String body,
      String differences,
      String measure,
      String measureStatus,
      String referenceOccupationUri) {}

  /** When, how much and where; {@code municipality} is the AGS of a municipality of the region. */
  public record AvailabilityEntry(
      String from,
      List<String> hours,
      String municipality,
      Integer maxCommuteMinutes,
      Integer maxCommuteKm,
      boolean publicTransportOnly,
      List<String> drivingLicences,
      String workPermit) {}

  /** An empty profile, as a new job seeker has it. */
  public static ProfileData empty() {
    return new ProfileData(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "STAFF_ONLY");
  }

  public ProfileData withOccupations(List<Occupation> replacement) {
    return new ProfileData(
        replacement,
        skills,
        workHistory,
        languages,
        germanCourses,
        qualifications,
        availability,
        about,
        visibility);
  }

  public ProfileData withSkills(List<Skill> replacement) {
    return new ProfileData(
        occupations,
        replacement,
        workHistory,
        languages,
        germanCourses,
        qualifications,
        availability,
        about,
        visibility);
  }

  public ProfileData withWorkHistory(List<Work> replacement) {
    return new ProfileData(
        occupations,
        skills,
        replacement,
        languages,
        germanCourses,
        qualifications,
        availability,
        about,
        visibility);
  }

  public ProfileData withLanguages(List<Language> replacement) {
    return new ProfileData(
        occupations,
        skills,
        workHistory,
        replacement,
        germanCourses,
        qualifications,
        availability,
        about,
        visibility);
  }

  public ProfileData withGermanCourses(List<Course> replacement) {
    return new ProfileData(
        occupations,
        skills,
        workHistory,
        languages,
        replacement,
        qualifications,
        availability,
        about,
        visibility);
  }

  public ProfileData withQualifications(List<QualificationEntry> replacement) {
    return new ProfileData(
        occupations,
        skills,
        workHistory,
        languages,
        germanCourses,
        replacement,
        availability,
        about,
        visibility);
  }

  public ProfileData withAvailability(AvailabilityEntry replacement) {
    return new ProfileData(
        occupations,
        skills,
        workHistory,
        languages,
        germanCourses,
        qualifications,
        replacement,
        about,
        visibility);
  }

  public ProfileData withAbout(String replacement) {
    return new ProfileData(
        occupations,
        skills,
        workHistory,
        languages,
        germanCourses,
        qualifications,
        availability,
        replacement,
        visibility);
  }

  public ProfileData withVisibility(String replacement) {
    return new ProfileData(
        occupations,
        skills,
        workHistory,
        languages,
        germanCourses,
        qualifications,
        availability,
        about,
        replacement);
  }
}
