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
import java.util.Optional;

/**
 * A regional business that posts openings; the aggregate root for employers.
 *
 * <p>Life cycle: registered by its first employer user as {@link Verification#UNVERIFIED}; its
 * users may then edit drafts. Staff verify it, reject it with a reason or ask for missing details;
 * only a verified organisation may publish openings and search candidates. The employer's next save
 * answers a request, and a save of a rejected one sends it back to staff. A change of name, legal
 * form, address or register entry after verification sends it back to staff too ({@link
 * Verification#RECHECK}), but it stays verified until staff decide. Each step returns a {@link
 * VerificationRecord} for the history; the caller stores it.
 */
@Entity
@Table(name = "ORGANISATION")
@NamedQuery(
    name = "Organisation.byVerification",
    query =
        "SELECT o FROM Organisation o WHERE o.verification = :verification ORDER BY o.createdAt")
@NamedQuery(
    name = "Organisation.byVerifications",
    query =
        "SELECT o FROM Organisation o WHERE o.verification IN :verifications ORDER BY o.createdAt")
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

  /** Staff verify it (again). */
  public VerificationRecord verify(long staffAccountId, Instant at) {
    if (verification == Verification.VERIFIED) {
      throw new InvalidVerificationStep("already verified");
    }
    this.verification = Verification.VERIFIED;
    this.verifiedBy = staffAccountId;
    this.verifiedAt = Objects.requireNonNull(at);
    return record(VerificationStep.VERIFIED, staffAccountId, at, null, null);
  }

  /**
   * Staff refuse it, saying why; it loses a standing verification, so it can no longer publish.
   *
   * @param reason checked by the caller: not blank, at most {@link VerificationRecord#MAX_TEXT}
   */
  public VerificationRecord reject(long staffAccountId, Instant at, String reason) {
    if (verification == Verification.REJECTED) {
      throw new InvalidVerificationStep("already rejected");
    }
    requireText(reason);
    this.verification = Verification.REJECTED;
    this.verifiedBy = null;
    this.verifiedAt = null;
    return record(VerificationStep.REJECTED, staffAccountId, at, reason.strip(), null);
  }

  /**
   * Staff ask the employer for missing details; a standing verification stays until staff decide.
   */
  public VerificationRecord requestDetails(long staffAccountId, Instant at, String message) {
    if (!verification.awaitsStaff()) {
      throw new InvalidVerificationStep("not waiting for staff");
    }
    requireText(message);
    this.verification = Verification.DETAILS_REQUESTED;
    return record(VerificationStep.DETAILS_REQUESTED, staffAccountId, at, message.strip(), null);
  }

  /**
   * Replaces its name and what it tells about itself; the caller has checked every value. Returns
   * the verification step this causes, if any: an answer to a request, a correction after a
   * rejection, or a change of name, legal form, address or register entry after verification.
   */
  public Optional<VerificationRecord> describe(
      String newName,
      OrganisationProfile newProfile,
      List<String> languages,
      List<String> countries,
      Long accountId,
      Instant at) {
    List<String> changed = checkedFactsChanged(newName, Objects.requireNonNull(newProfile));
    if (newName != null) {
      name = newName;
    }
    profile = newProfile;
    customerLanguages.clear();
    customerLanguages.addAll(List.copyOf(languages));
    tradeCountries.clear();
    tradeCountries.addAll(List.copyOf(countries));
    String fields = changed.isEmpty() ? null : String.join(",", changed);
    return switch (verification) {
      case DETAILS_REQUESTED -> {
        verification = verifiedAt == null ? Verification.UNVERIFIED : Verification.RECHECK;
        yield Optional.of(record(VerificationStep.DETAILS_SUPPLIED, accountId, at, null, fields));
      }
      case REJECTED -> {
        verification = Verification.UNVERIFIED;
        yield Optional.of(record(VerificationStep.CORRECTED, accountId, at, null, fields));
      }
      case VERIFIED -> {
        if (changed.isEmpty()) {
          yield Optional.empty();
        }
        verification = Verification.RECHECK;
        yield Optional.of(
            record(VerificationStep.CHANGED_AFTER_VERIFICATION, accountId, at, null, fields));
      }
      case UNVERIFIED, RECHECK -> Optional.empty();
    };
  }

  /** Replaces what it tells about itself, keeping its name (demo data, tests). */
  public Optional<VerificationRecord> describe(
      OrganisationProfile newProfile, List<String> languages, List<String> countries) {
    return describe(null, newProfile, languages, countries, null, createdAt);
  }

  /** Which of the facts staff checked would change: name, legalForm, address, register. */
  List<String> checkedFactsChanged(String newName, OrganisationProfile newProfile) {
    OrganisationProfile old = getProfile();
    List<String> changed = new ArrayList<>();
    if (newName != null && !newName.equals(name)) {
      changed.add("name");
    }
    if (old.getLegalForm() != newProfile.getLegalForm()) {
      changed.add("legalForm");
    }
    if (old.addressDiffers(newProfile)) {
      changed.add("address");
    }
    if (!Objects.equals(old.getRegisterEntry(), newProfile.getRegisterEntry())) {
      changed.add("register");
    }
    return changed;
  }

  /**
   * What staff would want to check but the organisation has not told: address, legalForm, register,
   * contact (keys of the missing facts, in this order; empty when nothing is missing).
   */
  public List<String> missingDetails() {
    OrganisationProfile p = getProfile();
    List<String> missing = new ArrayList<>();
    if (p.getStreet() == null || p.getPostcode() == null || p.getMunicipality() == null) {
      missing.add("address");
    }
    if (p.getLegalForm() == null) {
      missing.add("legalForm");
    }
    if (p.getRegisterEntry() == null && needsRegister(p.getLegalForm())) {
      missing.add("register");
    }
    if (p.getContactPhone() == null && p.getContactEmail() == null) {
      missing.add("contact");
    }
    return missing;
  }

  // Sole traders (unless "e. K."), civil-law partnerships and public bodies are often in no
  // register.
  private static boolean needsRegister(LegalForm form) {
    return form != LegalForm.SOLE_TRADER && form != LegalForm.GBR && form != LegalForm.PUBLIC_BODY;
  }

  private VerificationRecord record(
      VerificationStep step, Long actor, Instant at, String text, String fields) {
    return new VerificationRecord(id == null ? 0 : id, step, actor, at, text, fields);
  }

  private static void requireText(String text) {
    if (text == null || text.isBlank() || text.strip().length() > VerificationRecord.MAX_TEXT) {
      throw new IllegalArgumentException("A reason of 1 to 1000 characters is required");
    }
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

  /**
   * Whether it may publish and see candidates: verified, and not since rejected (a change after
   * verification or a request for details keeps a standing verification until staff decide).
   */
  public boolean isVerified() {
    return verification == Verification.VERIFIED
        || verification == Verification.RECHECK
        || (verification == Verification.DETAILS_REQUESTED && verifiedAt != null);
  }

  public Long getVerifiedBy() {
    return verifiedBy;
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
