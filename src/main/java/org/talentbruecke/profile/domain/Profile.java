package org.talentbruecke.profile.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A job seeker's skills profile; aggregate root of everything the person can do and wants.
 *
 * <p>Life cycle: created empty (visible to staff only) the first time the account holder saves a
 * step; each step replaces one list as a whole, so that a form always shows exactly what is stored.
 * The profile belongs to one JOB_SEEKER account, referenced by id. It holds no identity data — that
 * lives in {@link PersonalDetails}, because employers see profiles anonymised.
 */
@Entity
@Table(name = "PROFILE")
@NamedQuery(
    name = "Profile.byAccount",
    query = "SELECT p FROM Profile p WHERE p.accountId = :accountId")
public class Profile {
  public static final int MAX_ABOUT = 4000;

  @Id
  @SequenceGenerator(name = "profile_seq", sequenceName = "PROFILE_SEQ", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_seq")
  private Long id;

  @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "VISIBILITY", nullable = false, length = 40)
  private Visibility visibility;

  @Column(name = "ABOUT", length = MAX_ABOUT)
  private String about;

  @Embedded private Availability availability;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "PROFILE_OCCUPATION", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @OrderColumn(name = "LIST_INDEX")
  private List<DesiredOccupation> occupations = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "PROFILE_SKILL", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @OrderColumn(name = "LIST_INDEX")
  private List<ProfileSkill> skills = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "PROFILE_WORK", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @OrderColumn(name = "LIST_INDEX")
  private List<WorkEntry> workHistory = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "PROFILE_LANGUAGE", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @OrderColumn(name = "LIST_INDEX")
  private List<LanguageSkill> languages = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "PROFILE_CERTIFICATE", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @OrderColumn(name = "LIST_INDEX")
  private List<CertificateEntry> certificates = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "PROFILE_COURSE", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @OrderColumn(name = "LIST_INDEX")
  private List<GermanCourseEntry> germanCourses = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "PROFILE_QUALIFICATION", joinColumns = @JoinColumn(name = "PROFILE_ID"))
  @OrderColumn(name = "LIST_INDEX")
  private List<Qualification> qualifications = new ArrayList<>();

  @Column(name = "UPDATED_AT", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Profile() {}

  public Profile(long accountId, Instant createdAt) {
    this.accountId = accountId;
    this.visibility = Visibility.STAFF_ONLY;
    this.availability = Availability.unknown();
    this.updatedAt = Objects.requireNonNull(createdAt);
  }

  /** Replaces the desired occupations; at most one may be the preferred one. */
  public void replaceOccupations(List<DesiredOccupation> desired, Instant at) {
    if (desired.stream().filter(DesiredOccupation::isPreferred).count() > 1) {
      throw new IllegalArgumentException("Only one occupation can be the preferred one");
    }
    occupations = new ArrayList<>(desired);
    touch(at);
  }

  public void replaceSkills(List<ProfileSkill> replacement, Instant at) {
    skills = new ArrayList<>(replacement);
    touch(at);
  }

  public void replaceWorkHistory(List<WorkEntry> replacement, Instant at) {
    workHistory = new ArrayList<>(replacement);
    touch(at);
  }

  /**
   * Replaces languages, their certificates and the German courses, which one form step edits
   * together.
   */
  public void replaceLanguages(
      List<LanguageSkill> spoken,
      List<CertificateEntry> certified,
      List<GermanCourseEntry> courses,
      Instant at) {
    if (spoken.stream().map(LanguageSkill::getCode).distinct().count() < spoken.size()) {
      throw new IllegalArgumentException("Each language appears once");
    }
    languages = new ArrayList<>(spoken);
    certificates = new ArrayList<>(certified);
    germanCourses = new ArrayList<>(courses);
    touch(at);
  }

  public void replaceQualifications(List<Qualification> replacement, Instant at) {
    qualifications = new ArrayList<>(replacement);
    touch(at);
  }

  public void changeAvailability(Availability replacement, Instant at) {
    availability = Objects.requireNonNull(replacement);
    touch(at);
  }

  public void describe(String text, Instant at) {
    if (text != null && text.length() > MAX_ABOUT) {
      throw new IllegalArgumentException("About text is limited to " + MAX_ABOUT + " characters");
    }
    about = text;
    touch(at);
  }

  public void changeVisibility(Visibility chosen, Instant at) {
    visibility = Objects.requireNonNull(chosen);
    touch(at);
  }

  private void touch(Instant at) {
    updatedAt = Objects.requireNonNull(at);
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public String getAbout() {
    return about;
  }

  public Availability getAvailability() {
    // A row whose availability columns are all empty may come back without the embeddable.
    return availability == null ? Availability.unknown() : availability;
  }

  public List<DesiredOccupation> getOccupations() {
    return List.copyOf(occupations);
  }

  public List<ProfileSkill> getSkills() {
    return List.copyOf(skills);
  }

  public List<WorkEntry> getWorkHistory() {
    return List.copyOf(workHistory);
  }

  public List<LanguageSkill> getLanguages() {
    return List.copyOf(languages);
  }

  public List<CertificateEntry> getCertificates() {
    return List.copyOf(certificates);
  }

  public List<GermanCourseEntry> getGermanCourses() {
    return List.copyOf(germanCourses);
  }

  public List<Qualification> getQualifications() {
    return List.copyOf(qualifications);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
