package org.talentbruecke.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.identity.domain.LoginThrottle;

/** The identity context's configuration, read once from MicroProfile Config. */
@ApplicationScoped
public class IdentitySettings {
  @Inject
  @ConfigProperty(name = "talentbruecke.login.free-attempts", defaultValue = "5")
  int freeAttempts;

  @Inject
  @ConfigProperty(name = "talentbruecke.login.address-free-attempts", defaultValue = "20")
  int addressFreeAttempts;

  @Inject
  @ConfigProperty(name = "talentbruecke.login.first-delay-seconds", defaultValue = "30")
  int firstDelaySeconds;

  @Inject
  @ConfigProperty(name = "talentbruecke.login.max-delay-seconds", defaultValue = "900")
  int maxDelaySeconds;

  @Inject
  @ConfigProperty(name = "talentbruecke.password.iterations", defaultValue = "210000")
  int passwordIterations;

  /** A throttle with the configured delays, allowing {@code freeAttempts} failures per key. */
  public LoginThrottle throttle(int freeAttempts) {
    return new LoginThrottle(
        freeAttempts, Duration.ofSeconds(firstDelaySeconds), Duration.ofSeconds(maxDelaySeconds));
  }

  public int freeAttempts() {
    return freeAttempts;
  }

  public int addressFreeAttempts() {
    return addressFreeAttempts;
  }

  public int firstDelaySeconds() {
    return firstDelaySeconds;
  }

  public int maxDelaySeconds() {
    return maxDelaySeconds;
  }

  public int passwordIterations() {
    return passwordIterations;
  }
}
