package org.talentbruecke.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes and verifies passwords with the container's PBKDF2 implementation. */
@ApplicationScoped
public class PasswordHasher {
  @Inject private Pbkdf2PasswordHash hash;
  @Inject private IdentitySettings settings;

  private String dummyHash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.passwordIterations()),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    // Verifying against this when no account exists costs the same time as a real check,
    // so response times do not reveal which e-mail addresses are registered.
    dummyHash = hash.generate("not-a-real-password-but-same-cost".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  public void spendSameTimeAsAVerification(String password) {
    hash.verify(password.toCharArray(), dummyHash);
  }
}
