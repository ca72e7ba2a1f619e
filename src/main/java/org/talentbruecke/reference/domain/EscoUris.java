package org.talentbruecke.reference.domain;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Checks and builds ESCO concept URIs, which are the only stable identifiers across ESCO versions.
 */
public final class EscoUris {

  public static final String PREFIX = "http://data.europa.eu/esco/";
  private static final String ISCO_GROUP_PREFIX = PREFIX + "isco/C";

  private EscoUris() {}

  /**
   * True if the value is a syntactically valid URI in the ESCO namespace, without surrounding
   * blanks.
   */
  public static boolean isEscoUri(String value) {
    if (value == null || !value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return false;
      }
    }
    try {
      new URI(value);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The URI of the ISCO group with the given code, as ESCO forms it (e.g. 2221 becomes
   * .../isco/C2221).
   */
  public static String iscoGroupUri(String iscoCode) {
    return ISCO_GROUP_PREFIX + iscoCode;
  }
}
