package org.talentbruecke.opening.application;

import java.time.LocalDate;

/**
 * An opening as an employer typed it (API body or page form), before any check. Texts for enums
 * and levels stay strings here so that a wrong value becomes a field error, not a parse failure.
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
    Boolean openToLearners) {}
