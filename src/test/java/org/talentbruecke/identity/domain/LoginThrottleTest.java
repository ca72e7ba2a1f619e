package org.talentbruecke.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

  @Test
  void fiveFailuresAreFreeTheSixthAttemptMustWait() {
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure("a@x.de", T0);
    }
    assertThat(throttle.blockedUntil("a@x.de", T0)).isEmpty();
    throttle.recordFailure("a@x.de", T0);
    assertThat(throttle.blockedUntil("a@x.de", T0)).contains(T0.plusSeconds(30));
  }

  @Test
  void delaysDoubleWithEachFurtherFailureUpToTheMaximum() {
    Instant now = T0;
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("k", now);
    }
    assertThat(throttle.blockedUntil("k", now)).contains(now.plusSeconds(30));
    throttle.recordFailure("k", now);
    assertThat(throttle.blockedUntil("k", now)).contains(now.plusSeconds(60));
    throttle.recordFailure("k", now);
    assertThat(throttle.blockedUntil("k", now)).contains(now.plusSeconds(120));
    for (int i = 0; i < 30; i++) {
      throttle.recordFailure("k", now);
    }
    assertThat(throttle.blockedUntil("k", now)).contains(now.plus(Duration.ofMinutes(15)));
  }

  @Test
  void theWaitEndsAndSuccessClearsTheKey() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("k", T0);
    }
    assertThat(throttle.blockedUntil("k", T0.plusSeconds(31))).isEmpty();
    throttle.recordSuccess("k");
    throttle.recordFailure("k", T0);
    assertThat(throttle.blockedUntil("k", T0)).isEmpty();
  }

  @Test
  void keysAreIndependent() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("one", T0);
    }
    assertThat(throttle.blockedUntil("one", T0)).isPresent();
    assertThat(throttle.blockedUntil("two", T0)).isEmpty();
  }

  @Test
  void oldFailuresAreForgotten() {
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure("k", T0);
    }
    Instant nextDay = T0.plus(Duration.ofDays(1));
    throttle.recordFailure("k", nextDay);
    assertThat(throttle.blockedUntil("k", nextDay)).isEmpty();
  }

  @Test
  void refusesInconsistentSettings() {
    assertThatThrownBy(() -> new LoginThrottle(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginThrottle(3, Duration.ofSeconds(10), Duration.ofSeconds(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
