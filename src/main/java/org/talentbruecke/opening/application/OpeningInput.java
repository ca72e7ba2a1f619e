package org.talentbruecke.opening.application;

import java.time.LocalDate;

/**
 * An opening as an employer typed it (API body or page form), before any check. Texts for enums and
 * levels stay strings here so that a wrong value becomes a field error, not a parse failure.
 */
public record OpeningInput(
    String title,
    String description,
    Integer positions,
    String municipality,
    String hours,
    LocalDate startDate,
    Integer durationMonths,
    Integer payMin,
    Integer payMax,
    String kind,
    String germanListening,
    String germanReading,
    String germanSpokenInteraction,
    String germanSpokenProduction,
    String germanWriting,
    Boolean offersMentoring,
    Boolean offersLanguageCourse,
    Boolean offersRecognitionHelp,
    Boolean openToLearners,
    RequirementsInput requirements) {

  /** Input without requirements (occupation, skills, qualification, other languages). */
  public OpeningInput(
      String title,
      String description,
      Integer positions,
      String municipality,
      String hours,
      LocalDate startDate,
      Integer durationMonths,
      Integer payMin,
      Integer payMax,
      String kind,
      String germanListening,
      String germanReading,
      String germanSpokenInteraction,
      String germanSpokenProduction,
      String germanWriting,
      Boolean offersMentoring,
      Boolean offersLanguageCourse,
      Boolean offersRecognitionHelp,
      Boolean openToLearners) {
    this(
        title,
        description,
        positions,
        municipality,
        hours,
        startDate,
        durationMonths,
        payMin,
        payMax,
        kind,
        germanListening,
        germanReading,
        germanSpokenInteraction,
        germanSpokenProduction,
        germanWriting,
        offersMentoring,
        offersLanguageCourse,
        offersRecognitionHelp,
        openToLearners,
        null);
  }

  /** The same input with other requirements. */
  public OpeningInput with(RequirementsInput newRequirements) {
    return new OpeningInput(
        title,
        description,
        positions,
        municipality,
        hours,
        startDate,
        durationMonths,
        payMin,
        payMax,
        kind,
        germanListening,
        germanReading,
        germanSpokenInteraction,
        germanSpokenProduction,
        germanWriting,
        offersMentoring,
        offersLanguageCourse,
        offersRecognitionHelp,
        openToLearners,
        newRequirements);
  }
}
