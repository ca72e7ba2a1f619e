package org.talentbruecke.shared.application;

/**
 * What a context hands to the {@link AuditTrail}: who did what to whom. People are given by account
 * id; the trail stores a pseudonym instead (see decision 043). Values of personal fields must not
 * be passed: use {@link #changed} without values for them.
 *
 * @param type a code of {@link AuditTypes} (an open set)
 * @param actorAccountId who acted; null for an unknown or anonymous actor
 * @param subjectAccountId whom the entry is about; null when it concerns no person
 * @param entity what was touched (PROFILE, PERSONAL_DETAILS, ACCOUNT, STAFF_DECISION, ...)
 * @param entityId its id, if any
 * @param field the field that changed, if any
 * @param oldValue the value before, only for fields that are not personal
 * @param newValue the value after, only for fields that are not personal
 * @param details a short text without personal data (an opening id, a decision kind)
 */
public record AuditEvent(
    String type,
    Long actorAccountId,
    Long subjectAccountId,
    String entity,
    String entityId,
    String field,
    String oldValue,
    String newValue,
    String details) {
  /** The length of the value columns; longer values are cut (with an ellipsis). */
  public static final int MAX_VALUE = 200;

  /** The length of the details column. */
  public static final int MAX_DETAILS = 500;

  public AuditEvent {
    if (!AuditTypes.isWellFormed(type)) {
      throw new IllegalArgumentException("Not an audit type: " + type);
    }
    oldValue = cut(oldValue, MAX_VALUE);
    newValue = cut(newValue, MAX_VALUE);
    details = cut(details, MAX_DETAILS);
  }

  /** An event of {@code type} by {@code actor} about {@code subject}, nothing else. */
  public static AuditEvent of(String type, Long actor, Long subject) {
    return new AuditEvent(type, actor, subject, null, null, null, null, null, null);
  }

  /** A field that is not personal changed from one value to another. */
  public static AuditEvent change(
      Long actor,
      Long subject,
      String entity,
      String entityId,
      String field,
      String oldValue,
      String newValue) {
    return new AuditEvent(
        AuditTypes.CHANGE, actor, subject, entity, entityId, field, oldValue, newValue, null);
  }

  /** A personal field changed; the values are not recorded. */
  public static AuditEvent changed(
      Long actor, Long subject, String entity, String entityId, String field) {
    return new AuditEvent(
        AuditTypes.CHANGE, actor, subject, entity, entityId, field, null, null, null);
  }

  /** The same event about the given entity. */
  public AuditEvent on(String entity, String entityId) {
    return new AuditEvent(
        type,
        actorAccountId,
        subjectAccountId,
        entity,
        entityId,
        field,
        oldValue,
        newValue,
        details);
  }

  /** The same event with a short text (no personal data). */
  public AuditEvent withDetails(String text) {
    return new AuditEvent(
        type, actorAccountId, subjectAccountId, entity, entityId, field, oldValue, newValue, text);
  }

  private static String cut(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    return value.substring(0, max - 1) + "…";
  }
}
