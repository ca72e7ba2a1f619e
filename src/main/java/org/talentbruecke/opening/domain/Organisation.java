package org.talentbruecke.opening.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A regional business that posts openings; the aggregate root for employers.
 *
 * <p>Life cycle: registered by its first employer user as {@link Verification#UNVERIFIED}; its
 * users may then edit drafts. Staff verify it, and only then may it publish openings and search
 * candidates.
 */
@Entity
@Table(name = "ORGANISATION")
@NamedQuery(
    name = "Organisation.byVerification",
    query =
        "SELECT o FROM Organisation o WHERE o.verification = :verification ORDER BY o.createdAt")
public class Organisation {

  @Id
  @SequenceGenerator(
      name = "organisation_seq",
      sequenceName = "ORGANISATION_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Verification verification;

  @Column(name = "VERIFIED_AT")
  private Instant verifiedAt;

  @Column(name = "VERIFIED_BY")
  private Long verifiedBy;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Embedded private OrganisationProfile profile = new OrganisationProfile();

  /** ISO 639 codes of the languages its customers or export markets speak. */
  @ElementCollection
  @CollectionTable(
      name = "ORGANISATION_LANGUAGE",
      joinColumns = @JoinColumn(name = "ORGANISATION_ID"))
  @Column(name = "LANGUAGE_CODE", length = 8, nullable = false)
  private List<String> customerLanguages = new ArrayList<>();

  /** ISO 3166-1 alpha-2 codes of the countries it trades with. */
  @ElementCollection
  @CollectionTable(
      name = "ORGANISATION_COUNTRY",
      joinColumns = @JoinColumn(name = "ORGANISATION_ID"))
  @Column(name = "COUNTRY_CODE", length = 2, nullable = false)
  private List<String> tradeCountries = new ArrayList<>();

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, Instant createdAt) {
    this.name = Objects.requireNonNull(name);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.verification = Verification.UNVERIFIED;
  }

  public void verify(long staffAccountId, Instant at) {
    this.verification = Verification.VERIFIED;
    this.verifiedBy = staffAccountId;
    this.verifiedAt = Objects.requireNonNull(at);
  }

  /** Replaces what the organisation tells about itself; the caller has checked every value. */
  public void describe(
      OrganisationProfile newProfile, List<String> languages, List<String> countries) {
    profile = Objects.requireNonNull(newProfile);
    customerLanguages.clear();
    customerLanguages.addAll(List.copyOf(languages));
    tradeCountries.clear();
    tradeCountries.addAll(List.copyOf(countries));
  }

  public OrganisationProfile getProfile() {
    return profile == null ? new OrganisationProfile() : profile;
  }

  public List<String> getCustomerLanguages() {
    return List.copyOf(customerLanguages);
  }

  public List<String> getTradeCountries() {
    return List.copyOf(tradeCountries);
  }

  public boolean isVerified() {
    return verification == Verification.VERIFIED;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Verification getVerification() {
    return verification;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
