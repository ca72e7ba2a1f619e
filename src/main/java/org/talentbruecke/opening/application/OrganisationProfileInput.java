package org.talentbruecke.opening.application;

import java.util.List;

/**
 * An organisation's profile as typed (API body or page), before any check; codes stay strings so a
 * wrong one becomes a field error. Languages are ISO 639 codes, countries ISO 3166-1 alpha-2. The
 * register entry and the contact are what staff check before verifying.
 */
public record OrganisationProfileInput(
    String legalForm,
    String naceSection,
    String sizeBand,
    String municipality,
    String street,
    String postcode,
    List<String> customerLanguages,
    List<String> tradeCountries,
    String offersNewcomers,
    String registerEntry,
    String contactPhone,
    String contactEmail) {

  /** A profile without register entry and contact (demo data). */
  public OrganisationProfileInput(
      String legalForm,
      String naceSection,
      String sizeBand,
      String municipality,
      String street,
      String postcode,
      List<String> customerLanguages,
      List<String> tradeCountries,
      String offersNewcomers) {
    this(
        legalForm,
        naceSection,
        sizeBand,
        municipality,
        street,
        postcode,
        customerLanguages,
        tradeCountries,
        offersNewcomers,
        null,
        null,
        null);
  }
}
