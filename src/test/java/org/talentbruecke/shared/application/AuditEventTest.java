package org.talentbruecke.shared.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditEventTest {

  @Test
  void typesAreAnOpenSetOfWellFormedCodes() {
    assertThat(AuditEvent.of("CONTACT_REQUESTED", 1L, 2L).type()).isEqualTo("CONTACT_REQUESTED");
    assertThat(AuditTypes.ALL).allMatch(AuditTypes::isWellFormed).doesNotHaveDuplicates();
    assertThatThrownBy(() -> AuditEvent.of("sign in", 1L, 1L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditEvent.of(null, 1L, 1L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longValuesAreCutToTheColumns() {
    AuditEvent e =
        AuditEvent.change(1L, 1L, "OPENING", "5", "title", "x".repeat(300), "short")
            .withDetails("d".repeat(600));
    assertThat(e.oldValue()).hasSize(AuditEvent.MAX_VALUE).endsWith("…");
    assertThat(e.newValue()).isEqualTo("short");
    assertThat(e.details()).hasSize(AuditEvent.MAX_DETAILS);
  }

  @Test
  void personalChangesCarryNoValues() {
    AuditEvent e = AuditEvent.changed(1L, 1L, "PERSONAL_DETAILS", "1", "dateOfBirth");
    assertThat(e.type()).isEqualTo(AuditTypes.CHANGE);
    assertThat(e.oldValue()).isNull();
    assertThat(e.newValue()).isNull();
  }
}
