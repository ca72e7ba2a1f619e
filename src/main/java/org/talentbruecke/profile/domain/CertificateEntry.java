package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A language certificate (e.g. "DTZ B1", "telc Deutsch B2 Beruf") with the date it was awarded. */
@Embeddable
public class CertificateEntry {
  public static final int MAX_NAME = 200;

  @Column(name = "LANGUAGE_CODE", nullable = false, length = 3)
  private String languageCode;

  @Column(name = "NAME", nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "AWARDED_ON")
  private LocalDate awardedOn;

  protected CertificateEntry() {}

  public CertificateEntry(String languageCode, String name, LocalDate awardedOn) {
    this.languageCode = Objects.requireNonNull(languageCode);
    this.name = Objects.requireNonNull(name);
    this.awardedOn = awardedOn;
  }

  public String getLanguageCode() {
    return languageCode;
  }

  public String getName() {
    return name;
  }

  public LocalDate getAwardedOn() {
    return awardedOn;
  }
}
