package org.talentbruecke.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: when, what kind, who acted (pseudonym, role, organisation), whom it
 * is about (pseudonym), what was touched. Written once and never changed or deleted: every column
 * is {@code updatable = false} and no code path updates or deletes entries (decision 043). People
 * appear only as pseudonyms; {@link AuditPerson} links a pseudonym to an account until the account
 * is erased.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {
  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "AUDIT_ENTRY_SEQ",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "ENTRY_TYPE", nullable = false, updatable = false, length = 40)
  private String entryType;

  @Column(name = "ACTOR", updatable = false, length = 20)
  private String actor;

  @Column(name = "ACTOR_ROLE", nullable = false, updatable = false, length = 20)
  private String actorRole;

  @Column(name = "ACTOR_ORGANISATION_ID", updatable = false)
  private Long actorOrganisationId;

  @Column(name = "SUBJECT", updatable = false, length = 20)
  private String subject;

  @Column(name = "ENTITY", updatable = false, length = 40)
  private String entity;

  @Column(name = "ENTITY_ID", updatable = false, length = 40)
  private String entityId;

  @Column(name = "FIELD", updatable = false, length = 60)
  private String field;

  @Column(name = "OLD_VALUE", updatable = false, length = 200)
  private String oldValue;

  @Column(name = "NEW_VALUE", updatable = false, length = 200)
  private String newValue;

  @Column(name = "DETAILS", updatable = false, length = 500)
  private String details;

  @Column(name = "DAY_KEY", updatable = false, length = 120)
  private String dayKey;

  protected AuditEntry() {}

  /** Who acted, as the entry stores it. */
  public record Actor(String pseudonym, String role, Long organisationId) {
    public static final Actor UNKNOWN = new Actor(null, "NONE", null);

    public Actor {
      Objects.requireNonNull(role);
    }
  }

  /** What the entry says, apart from when, who and about whom. */
  public record What(
      String type,
      String entity,
      String entityId,
      String field,
      String oldValue,
      String newValue,
      String details) {
    public What {
      Objects.requireNonNull(type);
    }
  }

  public AuditEntry(Instant at, Actor actor, String subject, What what, String dayKey) {
    this.occurredAt = Objects.requireNonNull(at);
    this.entryType = what.type();
    this.actor = actor.pseudonym();
    this.actorRole = actor.role();
    this.actorOrganisationId = actor.organisationId();
    this.subject = subject;
    this.entity = what.entity();
    this.entityId = what.entityId();
    this.field = what.field();
    this.oldValue = what.oldValue();
    this.newValue = what.newValue();
    this.details = what.details();
    this.dayKey = dayKey;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getType() {
    return entryType;
  }

  public String getActor() {
    return actor;
  }

  public String getActorRole() {
    return actorRole;
  }

  public Long getActorOrganisationId() {
    return actorOrganisationId;
  }

  public String getSubject() {
    return subject;
  }

  public String getEntity() {
    return entity;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getDetails() {
    return details;
  }

  public String getDayKey() {
    return dayKey;
  }
}
