package org.talentbruecke.matching.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ESCO occupation together with its ISCO-08 unit group (4 digits), the two levels at which
 * occupations are compared.
 */
public record OccupationRef(String escoUri, String iscoUnitGroup) {
  private static final Pattern UNIT_GROUP = Pattern.compile("\\d{4}");

  public OccupationRef {
    Objects.requireNonNull(escoUri, "escoUri");
    Objects.requireNonNull(iscoUnitGroup, "iscoUnitGroup");
    if (!UNIT_GROUP.matcher(iscoUnitGroup).matches()) {
      throw new IllegalArgumentException("ISCO unit group must have 4 digits: " + iscoUnitGroup);
    }
  }

  /** The unit group as a number, for compact storage. */
  public int iscoCode() {
    return Integer.parseInt(iscoUnitGroup);
  }
}
