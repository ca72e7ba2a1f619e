package org.talentbruecke.opening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The German an opening really needs, as a CEFR level per sub-skill (as in the Europass language
 * passport); null means the sub-skill is not required.
 */
@Embeddable
public class GermanRequirement {
  @Enumerated(EnumType.STRING)
  @Column(name = "GERMAN_LISTENING", length = 2)
  private LanguageLevel listening;

  @Enumerated(EnumType.STRING)
  @Column(name = "GERMAN_READING", length = 2)
  private LanguageLevel reading;

  @Enumerated(EnumType.STRING)
  @Column(name = "GERMAN_SPOKEN_INTERACTION", length = 2)
  private LanguageLevel spokenInteraction;

  @Enumerated(EnumType.STRING)
  @Column(name = "GERMAN_SPOKEN_PRODUCTION", length = 2)
  private LanguageLevel spokenProduction;

  @Enumerated(EnumType.STRING)
  @Column(name = "GERMAN_WRITING", length = 2)
  private LanguageLevel writing;

  public GermanRequirement() {}

  public GermanRequirement(
      LanguageLevel listening,
      LanguageLevel reading,
      LanguageLevel spokenInteraction,
      LanguageLevel spokenProduction,
      LanguageLevel writing) {
    this.listening = listening;
    this.reading = reading;
    this.spokenInteraction = spokenInteraction;
    this.spokenProduction = spokenProduction;
    this.writing = writing;
  }

  public LanguageLevel getListening() {
    return listening;
  }

  public LanguageLevel getReading() {
    return reading;
  }

  public LanguageLevel getSpokenInteraction() {
    return spokenInteraction;
  }

  public LanguageLevel getSpokenProduction() {
    return spokenProduction;
  }

  public LanguageLevel getWriting() {
    return writing;
  }
}
