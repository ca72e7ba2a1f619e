package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * Optional identity data of a job seeker, kept apart from the {@link Profile} so that an anonymised
 * profile can never carry it along. Every field may stay empty. There is deliberately no field for
 * religion, ethnic origin or health.
 */
@Entity
@Table(name = "PERSONAL_DETAILS")
@NamedQuery(
    name = "PersonalDetails.byAccount",
    query = "SELECT d FROM PersonalDetails d WHERE d.accountId = :accountId")
public class PersonalDetails {
  @Id
  @SequenceGenerator(
      name = "personal_details_seq",
      sequenceName = "PERSONAL_DETAILS_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_details_seq")
  private Long id;

  @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "NATIONALITY", length = 2)
  private String nationality;

  @Column(name = "DATE_OF_BIRTH")
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(name = "GENDER", length = 20)
  private Gender gender;

  @Column(name = "HAS_PHOTO", nullable = false)
  private boolean photo;

  @Version private long version;

  protected PersonalDetails() {}

  public PersonalDetails(long accountId) {
    this.accountId = accountId;
  }

  public void change(
      String newNationality, LocalDate newDateOfBirth, Gender newGender, boolean hasPhoto) {
    nationality = newNationality;
    dateOfBirth = newDateOfBirth;
    gender = newGender;
    photo = hasPhoto;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getNationality() {
    return nationality;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public Gender getGender() {
    return gender;
  }

  public boolean hasPhoto() {
    return photo;
  }
}
