package org.talentbruecke.identity.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.Role;

/**
 * Issues and checks the API's bearer tokens: RS256-signed JWTs with the claims of the MicroProfile
 * JWT specification ({@code iss, sub, upn, groups, iat, exp, jti}) plus the account's session
 * epoch, so that "logout everywhere" also ends tokens.
 */
@ApplicationScoped
public class ApiTokens {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
  private static final int MAX_TOKEN_LENGTH = 8192;

  @Inject private SigningKeys keys;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "talentbruecke.token.lifetime-minutes", defaultValue = "60")
  int lifetimeMinutes;

  @Inject
  @ConfigProperty(name = "talentbruecke.token.issuer", defaultValue = "talentbruecke")
  String issuer;

  /** For CDI, which injects the fields. */
  ApiTokens() {}

  /** For unit tests: given keys, a fixed clock and settings, no container. */
  ApiTokens(SigningKeys keys, Clock clock, int lifetimeMinutes, String issuer) {
    this.keys = keys;
    this.clock = clock;
    this.lifetimeMinutes = lifetimeMinutes;
    this.issuer = issuer;
  }

  /** A signed token and when it expires. */
  public record IssuedToken(String token, Instant expiresAt) {}

  public IssuedToken issue(Account account) {
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofMinutes(lifetimeMinutes));
    String payload =
        Json.createObjectBuilder()
            .add("iss", issuer)
            .add("sub", String.valueOf(account.getId()))
            .add("upn", account.getEmail())
            .add("groups", Json.createArrayBuilder().add(account.getRole().name()))
            .add("iat", now.getEpochSecond())
            .add("exp", expires.getEpochSecond())
            .add("jti", UUID.randomUUID().toString())
            .add("epoch", account.getSessionEpoch())
            .build()
            .toString();
    String signingInput = encode(HEADER) + "." + encode(payload);
    return new IssuedToken(signingInput + "." + B64.encodeToString(sign(signingInput)), expires);
  }

  /** The signed-in user the token stands for, if it is well-formed, signed by us and unexpired. */
  public Optional<SignedInUser> verify(String token) {
    if (token == null || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      if (!HEADER.equals(new String(B64D.decode(parts[0]), StandardCharsets.UTF_8))
          || !signatureMatches(parts[0] + "." + parts[1], B64D.decode(parts[2]))) {
        return Optional.empty();
      }
      JsonObject claims = parse(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8));
      if (!issuer.equals(claims.getString("iss", ""))
          || claims.getJsonNumber("exp").longValue() <= clock.instant().getEpochSecond()) {
        return Optional.empty();
      }
      return Optional.of(
          new SignedInUser(
              Long.parseLong(claims.getString("sub")),
              Role.valueOf(claims.getJsonArray("groups").getString(0)),
              claims.getInt("epoch")));
    } catch (IllegalArgumentException
        | JsonException
        | ClassCastException
        | NullPointerException
        | IndexOutOfBoundsException e) {
      // Any malformed token is simply not a valid token.
      return Optional.empty();
    }
  }

  private byte[] sign(String input) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(keys.privateKey());
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign token", e);
    }
  }

  private boolean signatureMatches(String input, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initVerify(keys.publicKey());
      signature.update(input.getBytes(StandardCharsets.US_ASCII));
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
