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
  public static final int MAX_REGISTER = 100;
  public static final int MAX_PHONE = 40;

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

  /**
   * Commercial, association or cooperative register entry, e.g. "HRB 12345, Amtsgericht Hannover".
   */
  @Column(name = "REGISTER_ENTRY", length = MAX_REGISTER)
  private String registerEntry;

  /** Telephone number staff may call to check the organisation. */
  @Column(name = "CONTACT_PHONE", length = MAX_PHONE)
  private String contactPhone;

  /** E-mail address staff may write to (normalised like account addresses). */
  @Column(name = "CONTACT_EMAIL", length = 254)
  private String contactEmail;

  public OrganisationProfile() {}

  public OrganisationProfile(
      LegalForm legalForm,
      NaceSection naceSection,
      SizeBand sizeBand,
      String municipality,
      String street,
      String postcode,
      String offersNewcomers,
      String registerEntry,
      String contactPhone,
      String contactEmail) {
    this(legalForm, naceSection, sizeBand, municipality, street, postcode, offersNewcomers);
    this.registerEntry = registerEntry;
    this.contactPhone = contactPhone;
    this.contactEmail = contactEmail;
  }

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

  public String getRegisterEntry() {
    return registerEntry;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  /** Whether street, postcode or municipality differ from {@code other}'s. */
  boolean addressDiffers(OrganisationProfile other) {
    return !java.util.Objects.equals(street, other.street)
        || !java.util.Objects.equals(postcode, other.postcode)
        || !java.util.Objects.equals(municipality, other.municipality);
  }
}
