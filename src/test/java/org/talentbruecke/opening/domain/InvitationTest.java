package org.talentbruecke.opening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The life cycle of an invitation: usable until it expires, accepted once. */
class InvitationTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private final Invitation invitation = new Invitation(7, "kollegin@example.org", "ab12", 70, T0);

  @Test
  void usableForFourteenDays() {
    assertThat(invitation.getExpiresAt()).isEqualTo(T0.plus(Duration.ofDays(14)));
    assertThat(invitation.isUsable(T0)).isTrue();
    assertThat(invitation.isUsable(T0.plus(Invitation.VALIDITY).minusMillis(1))).isTrue();
    assertThat(invitation.isUsable(T0.plus(Invitation.VALIDITY))).isFalse();
  }

  @Test
  void acceptedOnceAndNeverAgain() {
    invitation.accept(99, T0.plusSeconds(60));

    assertThat(invitation.getAcceptedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(invitation.isUsable(T0.plusSeconds(61))).isFalse();
    assertThatThrownBy(() -> invitation.accept(100, T0.plusSeconds(120)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(invitation.getAcceptedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void anExpiredInvitationCannotBeAccepted() {
    assertThatThrownBy(() -> invitation.accept(99, T0.plus(Invitation.VALIDITY)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(invitation.getAcceptedAt()).isNull();
  }
}
