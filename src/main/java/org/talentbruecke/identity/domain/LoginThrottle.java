package org.talentbruecke.identity.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts failed logins per key (an account's e-mail or a client address) and imposes growing
 * waiting times once the free attempts are used up.
 *
 * <p>After {@code freeAttempts} failures the key must wait {@code firstDelay}; each further failure
 * doubles the wait up to {@code maxDelay}. A success clears the key. Failures older than twice the
 * maximum delay are forgotten, so a person who comes back the next day starts afresh.
 *
 * <p>Anyone can type any e-mail address, so the keys live in a bounded cache (Caffeine): an entry
 * is dropped twice the maximum delay after its last failure, and at most {@code maxKeys} keys are
 * kept at once. The bound is far above what a real region produces in half an hour; an attacker who
 * fills it from many addresses is slowed down by the per-address throttle first.
 */
public final class LoginThrottle {
  /** Keys remembered at most when no other bound is given. */
  public static final long DEFAULT_MAX_KEYS = 100_000;

  private final int freeAttempts;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final Cache<String, Failures> cache;
  private final ConcurrentMap<String, Failures> failures;

  public LoginThrottle(int freeAttempts, Duration firstDelay, Duration maxDelay) {
    this(freeAttempts, firstDelay, maxDelay, DEFAULT_MAX_KEYS, Ticker.systemTicker());
  }

  /**
   * @param maxKeys how many keys are remembered at most
   * @param ticker the time source that lets entries expire (a fake one in tests)
   */
  public LoginThrottle(
      int freeAttempts, Duration firstDelay, Duration maxDelay, long maxKeys, Ticker ticker) {
    if (freeAttempts < 1
        || firstDelay.isNegative()
        || maxDelay.compareTo(firstDelay) < 0
        || maxKeys < 1) {
      throw new IllegalArgumentException("Inconsistent throttle settings");
    }
    this.freeAttempts = freeAttempts;
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maxKeys)
            .expireAfterWrite(forgetAfter())
            .ticker(ticker)
            .executor(Runnable::run) // evict in the caller's thread: no background pool needed
            .<String, Failures>build();
    this.failures = cache.asMap();
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
          if (f == null || f.last.plus(forgetAfter()).isBefore(now)) {
            return new Failures(1, now);
          }
          return new Failures(f.count + 1, now);
        });
  }

  public void recordSuccess(String key) {
    failures.remove(key);
  }

  /** How many keys are remembered right now (expired ones are not counted). */
  public long rememberedKeys() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  Duration delayAfter(int failureCount) {
    int doublings = Math.min(failureCount - freeAttempts, 20);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  private Duration forgetAfter() {
    return maxDelay.plus(maxDelay);
  }

  private record Failures(int count, Instant last) {}
}
