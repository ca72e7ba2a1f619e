package org.talentbruecke.region.domain;

/** ESCO's URIs for ISCO-08 groups, whose labels the vocabulary holds. */
public final class IscoGroups {
  private IscoGroups() {}

  /** The ESCO URI of an ISCO-08 group code ("2", "22", "2221"). */
  public static String uri(String code) {
    return "http://data.europa.eu/esco/isco/C" + code;
  }
}
