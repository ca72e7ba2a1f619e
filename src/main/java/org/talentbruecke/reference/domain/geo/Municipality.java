package org.talentbruecke.reference.domain.geo;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One municipality (Gemeinde) of Region Hannover, identified by its official municipality key.
 *
 * @param ags Amtlicher Gemeindeschlüssel, 8 digits (state 03, district 241, municipality 3 digits)
 * @param name short German name as used in everyday language, e.g. "Hannover"
 * @param postcodes the postcodes whose delivery area lies mainly in this municipality
 * @param centre approximate position of the town centre or administrative seat
 */
public record Municipality(String ags, String name, List<String> postcodes, GeoPoint centre) {

  private static final Pattern AGS = Pattern.compile("\\d{8}");
  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

  public Municipality {
    Objects.requireNonNull(ags, "ags");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(centre, "centre");
    if (!AGS.matcher(ags).matches()) {
      throw new IllegalArgumentException("AGS must have 8 digits: " + ags);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank for " + ags);
    }
    postcodes = List.copyOf(postcodes);
    if (postcodes.isEmpty()) {
      throw new IllegalArgumentException("at least one postcode required for " + ags);
    }
    for (String postcode : postcodes) {
      if (!POSTCODE.matcher(postcode).matches()) {
        throw new IllegalArgumentException("postcode must have 5 digits: " + postcode);
      }
    }
  }

  /** Great-circle distance between the two centres in kilometres. */
  public double distanceKmTo(Municipality other) {
    return centre.distanceKmTo(other.centre);
  }
}
