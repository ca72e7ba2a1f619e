package org.talentbruecke.profile.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.shared.application.AuditEvent;

class ProfileChangeAuditTest {

  @Test
  void changedPartsAreNamedWithoutValuesAndVisibilityWithOldAndNew() {
    ProfileData before = ProfileData.empty();
    ProfileData after =
        before
            .withOccupations(List.of(new ProfileData.Occupation("http://esco/occ/1", true)))
            .withAbout("Ich arbeite gern mit Menschen.")
            .withVisibility("ANONYMOUS_TO_VERIFIED_EMPLOYERS");

    List<AuditEvent> changes = ProfileChangeAudit.changes(5, 9, before, after);

    assertThat(changes)
        .extracting(AuditEvent::field)
        .containsExactly("occupations", "about", "visibility");
    assertThat(changes.subList(0, 2))
        .allMatch(e -> e.oldValue() == null && e.newValue() == null)
        .allMatch(e -> "PROFILE".equals(e.entity()) && "9".equals(e.entityId()));
    AuditEvent visibility = changes.get(2);
    assertThat(visibility.oldValue()).isEqualTo("STAFF_ONLY");
    assertThat(visibility.newValue()).isEqualTo("ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    assertThat(changes).allMatch(e -> e.actorAccountId() == 5 && e.subjectAccountId() == 5);
  }

  @Test
  void anUnchangedSaveRecordsNothing() {
    assertThat(ProfileChangeAudit.changes(5, 9, ProfileData.empty(), ProfileData.empty()))
        .isEmpty();
  }
}
