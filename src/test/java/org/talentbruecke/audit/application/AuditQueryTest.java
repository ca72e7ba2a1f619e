package org.talentbruecke.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

class AuditQueryTest {

  @Test
  void daysAreRegionDaysAndToIncludesItsWholeDay() {
    AuditQuery q = AuditQuery.parse("2026-12-01", "2026-12-03", " P-ABC ", "SIGN_IN");
    // Europe/Berlin is UTC+1 in December.
    assertThat(q.from()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    assertThat(q.to()).isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));
    assertThat(q.actor()).isEqualTo("P-ABC");
    assertThat(q.type()).isEqualTo("SIGN_IN");
  }

  @Test
  void instantsAndEmptyPartsAreAccepted() {
    AuditQuery q = AuditQuery.parse("2026-12-03T10:15:00Z", "", null, " ");
    assertThat(q.from()).isEqualTo(Instant.parse("2026-12-03T10:15:00Z"));
    assertThat(q.to()).isNull();
    assertThat(q.actor()).isNull();
    assertThat(q.type()).isNull();
  }

  @Test
  void everyBadParameterIsNamed() {
    ValidationFailure failure =
        catchThrowableOfType(
            () -> AuditQuery.parse("yesterday", "2026-13-01", "a\u0000b", "sign in"),
            ValidationFailure.class);
    assertThat(failure.errors())
        .extracting(FieldError::field)
        .containsExactly("from", "to", "actor", "type");
  }

  @Test
  void fromAfterToIsRefusedNamingFrom() {
    ValidationFailure failure =
        catchThrowableOfType(
            () -> AuditQuery.parse("2026-12-04", "2026-12-03", null, null),
            ValidationFailure.class);
    assertThat(failure.errors()).extracting(FieldError::field).containsExactly("from");
    assertThat(failure.errors().get(0).messageKey()).isEqualTo("audit.validation.fromAfterTo");
    // the same day as from and to is one whole day, not an error
    assertThat(AuditQuery.parse("2026-12-03", "2026-12-03", null, null).from()).isNotNull();
  }
}
