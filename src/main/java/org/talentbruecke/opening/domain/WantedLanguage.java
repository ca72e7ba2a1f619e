package org.talentbruecke.opening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.talentbruecke.reference.domain.language.CefrLevel;

/** A language other than German that an opening asks for, with the CEFR level it needs. */
@Embeddable
public class WantedLanguage {
  @Column(name = "LANGUAGE_CODE", nullable = false, length = 8)
  private String languageCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "CEFR_LEVEL", nullable = false, length = 2)
  private CefrLevel level;

  protected WantedLanguage() {}

  public WantedLanguage(String languageCode, CefrLevel level) {
    this.languageCode = Objects.requireNonNull(languageCode);
    this.level = Objects.requireNonNull(level);
  }

  /** ISO 639-1 code where one exists, else ISO 639-3 (as the reference language list stores it). */
  public String getLanguageCode() {
    return languageCode;
  }

  public CefrLevel getLevel() {
    return level;
  }
}
