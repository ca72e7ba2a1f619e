package org.talentbruecke.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
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

  /** The cache's time, moved by hand together with the {@code now} the throttle is told. */
  private final AtomicLong nanos = new AtomicLong();

  private LoginThrottle bounded(long maxKeys) {
    return new LoginThrottle(
        5, Duration.ofSeconds(30), Duration.ofMinutes(15), maxKeys, nanos::get);
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Test
  void aKeyIsForgottenTwiceTheMaximumDelayAfterItsLastFailure() {
    LoginThrottle throttle = bounded(1_000);
    for (int i = 0; i < 10; i++) {
      throttle.recordFailure("typed-once@x.de", T0);
    }
    assertThat(throttle.rememberedKeys()).isEqualTo(1);

    advance(Duration.ofMinutes(29));
    assertThat(throttle.rememberedKeys()).as("still within 30 minutes").isEqualTo(1);
    advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(throttle.rememberedKeys()).as("gone after 30 minutes").isZero();
  }

  @Test
  void aFurtherFailureKeepsTheKeyRemembered() {
    LoginThrottle throttle = bounded(1_000);
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("k", T0);
    }
    advance(Duration.ofMinutes(20));
    Instant later = T0.plus(Duration.ofMinutes(20));
    throttle.recordFailure("k", later);
    advance(Duration.ofMinutes(20));

    assertThat(throttle.rememberedKeys()).isEqualTo(1);
    assertThat(throttle.blockedUntil("k", later)).contains(later.plusSeconds(60));
  }

  @Test
  void noMoreKeysThanTheBoundAreKept() {
    LoginThrottle throttle = bounded(100);
    for (int i = 0; i < 5_000; i++) {
      throttle.recordFailure("someone-" + i + "@x.de", T0);
    }
    assertThat(throttle.rememberedKeys()).isLessThanOrEqualTo(100);
  }

  @Test
  void refusesAnEmptyBound() {
    assertThatThrownBy(() -> bounded(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
