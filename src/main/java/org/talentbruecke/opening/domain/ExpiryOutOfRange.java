package org.talentbruecke.opening.domain;

import java.time.LocalDate;

/**
 * The last day chosen for a published opening is not allowed: not after today, or further ahead
 * than {@link Opening#MAX_EXTENSION}. {@link #reason()} tells which, for a message in the user's
 * language.
 */
public class ExpiryOutOfRange extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the chosen day. */
  public enum Reason {
    MISSING,
    NOT_IN_FUTURE,
    TOO_FAR
  }

  private final Reason reason;

  public ExpiryOutOfRange(Reason reason) {
    super("The last day is out of range: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** The latest last day allowed when today is {@code today}. */
  public static LocalDate latest(LocalDate today) {
    return today.plusDays(Opening.MAX_EXTENSION.toDays());
  }

  /** The earliest last day allowed: tomorrow (today would end the opening tonight). */
  public static LocalDate earliest(LocalDate today) {
    return today.plusDays(1);
  }

  static void check(LocalDate lastDay, LocalDate today) {
    if (lastDay == null) {
      throw new ExpiryOutOfRange(Reason.MISSING);
    }
    if (lastDay.isBefore(earliest(today))) {
      throw new ExpiryOutOfRange(Reason.NOT_IN_FUTURE);
    }
    if (lastDay.isAfter(latest(today))) {
      throw new ExpiryOutOfRange(Reason.TOO_FAR);
    }
  }
}
