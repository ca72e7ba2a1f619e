package org.talentbruecke.opening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What an organisation tells about itself: legal form, sector, size, where it is, and what it
 * offers newcomers. Customer languages and trade countries are collections on {@link Organisation}.
 * Nulls mean "not stated"; replaced as a whole.
 */
@Embeddable
public class OrganisationProfile {
  public static final int MAX_STREET = 200;
  public static final int MAX_OFFERS = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "LEGAL_FORM", length = 20)
  private LegalForm legalForm;

  @Enumerated(EnumType.STRING)
  @Column(name = "NACE_SECTION", length = 1)
  private NaceSection naceSection;

  @Enumerated(EnumType.STRING)
  @Column(name = "SIZE_BAND", length = 10)
  private SizeBand sizeBand;

  @Column(name = "MUNICIPALITY", length = 8)
  private String municipality;

  @Column(name = "STREET", length = MAX_STREET)
  private String street;

  @Column(name = "POSTCODE", length = 5)
  private String postcode;

  @Column(name = "OFFERS_NEWCOMERS", length = MAX_OFFERS)
  private String offersNewcomers;

  public OrganisationProfile() {}

  public OrganisationProfile(
      LegalForm legalForm,
      NaceSection naceSection,
      SizeBand sizeBand,
      String municipality,
      String street,
      String postcode,
      String offersNewcomers) {
    this.legalForm = legalForm;
    this.naceSection = naceSection;
    this.sizeBand = sizeBand;
    this.municipality = municipality;
    this.street = street;
    this.postcode = postcode;
    this.offersNewcomers = offersNewcomers;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public NaceSection getNaceSection() {
    return naceSection;
  }

  public SizeBand getSizeBand() {
    return sizeBand;
  }

  /** Official municipality key (AGS) of a municipality of the region. */
  public String getMunicipality() {
    return municipality;
  }

  public String getStreet() {
    return street;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getOffersNewcomers() {
    return offersNewcomers;
  }
}
