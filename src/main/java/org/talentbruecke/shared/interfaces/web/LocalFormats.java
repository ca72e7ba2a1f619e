package org.talentbruecke.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and numbers written the way the page's language writes them, in the region's time
 * zone.
 */
@Named("formats")
@RequestScoped
public class LocalFormats {
  /** Talentbrücke serves Region Hannover: every time is shown in German local time. */
  public static final ZoneId REGION_ZONE = ZoneId.of("Europe/Berlin");

  @Inject private LocaleBean localeBean;

  /** Date and time, e.g. "25.11.2026, 13:30" in German; empty for no value. */
  public String dateTime(Instant instant) {
    return dateTime(instant, localeBean.getLocale());
  }

  /** Long date, e.g. "25. November 2026" in German; empty for no value. */
  public String date(Instant instant) {
    return date(instant, localeBean.getLocale());
  }

  /** A number with the language's digits and separators; empty for no value. */
  public String number(Number number) {
    return number(number, localeBean.getLocale());
  }

  public static String dateTime(Instant instant, Locale locale) {
    return format(
        instant,
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT),
        locale);
  }

  public static String date(Instant instant, Locale locale) {
    return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), locale);
  }

  public static String time(Instant instant, Locale locale) {
    return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), locale);
  }

  public static String number(Number number, Locale locale) {
    return number == null ? "" : NumberFormat.getInstance(locale).format(number);
  }

  // The language's own digits (Arabic-Indic in Arabic), as NumberFormat and MessageFormat use them.
  private static String format(Instant instant, DateTimeFormatter formatter, Locale locale) {
    if (instant == null) {
      return "";
    }
    return formatter
        .withLocale(locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .format(instant.atZone(REGION_ZONE));
  }
}
