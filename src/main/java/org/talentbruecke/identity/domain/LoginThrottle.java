package org.talentbruecke.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key (an account's e-mail or a client address) and imposes growing
 * waiting times once the free attempts are used up.
 *
 * <p>After {@code freeAttempts} failures the key must wait {@code firstDelay}; each further failure
 * doubles the wait up to {@code maxDelay}. A success clears the key. Failures older than the
 * maximum delay are forgotten, so a person who comes back the next day starts afresh.
 */
public final class LoginThrottle {
  private final int freeAttempts;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int freeAttempts, Duration firstDelay, Duration maxDelay) {
    if (freeAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("Inconsistent throttle settings");
    }
    this.freeAttempts = freeAttempts;
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
  }

  /** When the key may try again, or empty if it may try now. */
  public Optional<Instant> blockedUntil(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.count < freeAttempts) {
      return Optional.empty();
    }
    Instant until = f.last.plus(delayAfter(f.count));
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  public void recordFailure(String key, Instant now) {
    failures.compute(
        key,
        (k, f) -> {
          if (f == null || f.last.plus(maxDelay).plus(maxDelay).isBefore(now)) {
            return new Failures(1, now);
          }
          return new Failures(f.count + 1, now);
        });
  }

  public void recordSuccess(String key) {
    failures.remove(key);
  }

  Duration delayAfter(int failureCount) {
    int doublings = Math.min(failureCount - freeAttempts, 20);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  private record Failures(int count, Instant last) {}
}
