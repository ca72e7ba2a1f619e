package org.talentbruecke.matching.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Years worked in one occupation in one country (ISO 3166-1 alpha-2). The country is kept for the
 * added-value view; the score uses it only where an opening asks for it (not yet).
 */
public record WorkExperience(OccupationRef occupation, String countryCode, int years) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  public WorkExperience {
    Objects.requireNonNull(occupation, "occupation");
    Objects.requireNonNull(countryCode, "countryCode");
    if (!COUNTRY.matcher(countryCode).matches()) {
      throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: " + countryCode);
    }
    if (years < 0 || years > 70) {
      throw new IllegalArgumentException("years out of range: " + years);
    }
  }
}
