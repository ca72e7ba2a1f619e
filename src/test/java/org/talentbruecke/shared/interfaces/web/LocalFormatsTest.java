package org.talentbruecke.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and numbers per language, always in Hannover local time. */
class LocalFormatsTest {
  private static final Locale ARABIC = Locale.forLanguageTag("ar");
  private static final Instant WINTER = Instant.parse("2026-11-25T12:30:00Z");
  private static final Instant SUMMER = Instant.parse("2026-07-01T10:05:00Z");

  @Test
  void germanDatesAreInHannoverTimeWinterAndSummer() {
    assertThat(LocalFormats.dateTime(WINTER, Locale.GERMAN)).isEqualTo("25.11.2026, 13:30");
    assertThat(LocalFormats.dateTime(SUMMER, Locale.GERMAN)).isEqualTo("01.07.2026, 12:05");
    assertThat(LocalFormats.date(WINTER, Locale.GERMAN)).isEqualTo("25. November 2026");
    assertThat(LocalFormats.time(WINTER, Locale.GERMAN)).isEqualTo("13:30");
  }

  @Test
  void arabicUsesArabicMonthNamesAndArabicIndicDigitsLikeItsNumbers() {
    assertThat(LocalFormats.date(WINTER, ARABIC))
        .contains("نوفمبر")
        .contains("٢٠٢٦")
        .doesNotContain("2026");
    assertThat(LocalFormats.number(12345.5, ARABIC)).isEqualTo("١٢٬٣٤٥٫٥");
  }

  @Test
  void otherLanguagesUseTheirOwnMonthNamesAndSeparators() {
    assertThat(LocalFormats.date(WINTER, Locale.forLanguageTag("uk")))
        .isEqualTo("25 листопада 2026 р.");
    assertThat(LocalFormats.date(WINTER, Locale.forLanguageTag("tr"))).isEqualTo("25 Kasım 2026");
    assertThat(LocalFormats.number(12345.5, Locale.GERMAN)).isEqualTo("12.345,5");
    assertThat(LocalFormats.number(12345.5, Locale.ENGLISH)).isEqualTo("12,345.5");
  }

  @Test
  void missingValuesShowNothing() {
    assertThat(LocalFormats.dateTime(null, Locale.GERMAN)).isEmpty();
    assertThat(LocalFormats.number(null, Locale.GERMAN)).isEmpty();
  }
}
