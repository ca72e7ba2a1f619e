package org.talentbruecke.identity.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.shared.domain.EmailAddress;

/** The hand-written JWT code, with a fixed clock: what it issues, and every way it refuses. */
class ApiTokensTest {
  private static final Instant ISSUED_AT = Instant.parse("2026-11-25T10:00:00Z");
  private static final Clock AT_ISSUE = Clock.fixed(ISSUED_AT, ZoneOffset.UTC);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  @TempDir static Path data;
  private static SigningKeys keys;

  @BeforeAll
  static void createKeys() {
    keys = new SigningKeys();
    keys.dataDirectory = data.toString();
    keys.loadOrCreate();
  }

  private static ApiTokens tokens(Clock clock) {
    return new ApiTokens(keys, clock, 60, "talentbruecke");
  }

  private static Account account(long id, Role role) throws ReflectiveOperationException {
    Account account =
        new Account(new EmailAddress("oksana@example.org"), "Oksana", "hash", role, ISSUED_AT);
    Field field = Account.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(account, id);
    account.endAllSessions(); // epoch 1, to see that it travels
    return account;
  }

  private static String issued() throws ReflectiveOperationException {
    return tokens(AT_ISSUE).issue(account(42, Role.EMPLOYER)).token();
  }

  @Test
  void aFreshTokenNamesAccountRoleAndSessionEpoch() throws Exception {
    ApiTokens.IssuedToken token = tokens(AT_ISSUE).issue(account(42, Role.EMPLOYER));

    assertThat(token.expiresAt()).isEqualTo(ISSUED_AT.plus(Duration.ofMinutes(60)));
    assertThat(tokens(AT_ISSUE).verify(token.token()))
        .contains(new SignedInUser(42, Role.EMPLOYER, 1));
  }

  @Test
  void theClaimsFollowMicroProfileJwt() throws Exception {
    var claims =
        Json.createReader(
                new java.io.StringReader(
                    new String(B64D.decode(issued().split("\\.")[1]), StandardCharsets.UTF_8)))
            .readObject();

    assertThat(claims.getString("iss")).isEqualTo("talentbruecke");
    assertThat(claims.getString("sub")).isEqualTo("42");
    assertThat(claims.getString("upn")).isEqualTo("oksana@example.org");
    assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("EMPLOYER");
    assertThat(claims.getJsonNumber("iat").longValue()).isEqualTo(ISSUED_AT.getEpochSecond());
    assertThat(claims.getJsonNumber("exp").longValue())
        .isEqualTo(ISSUED_AT.plusSeconds(3600).getEpochSecond());
  }

  @Test
  void aTokenIsValidUntilOneSecondBeforeItExpiresAndNotAtExpiry() throws Exception {
    String token = issued();

    Clock lastSecond = Clock.fixed(ISSUED_AT.plusSeconds(3599), ZoneOffset.UTC);
    Clock atExpiry = Clock.fixed(ISSUED_AT.plusSeconds(3600), ZoneOffset.UTC);
    Clock nextDay = Clock.fixed(ISSUED_AT.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    assertThat(tokens(lastSecond).verify(token)).isPresent();
    assertThat(tokens(atExpiry).verify(token)).isEmpty();
    assertThat(tokens(nextDay).verify(token)).isEmpty();
  }

  @Test
  void aTokenOfAnotherIssuerIsRefusedEvenWithOurSignature() throws Exception {
    String foreign =
        new ApiTokens(keys, AT_ISSUE, 60, "someone-else").issue(account(42, Role.ADMIN)).token();

    assertThat(tokens(AT_ISSUE).verify(foreign)).isEmpty();
  }

  @Test
  void anAlteredHeaderIsRefused() throws Exception {
    String[] parts = issued().split("\\.");
    String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String spaced = encode("{\"alg\": \"RS256\", \"typ\": \"JWT\"}");

    assertThat(tokens(AT_ISSUE).verify(none + "." + parts[1] + "." + parts[2])).isEmpty();
    assertThat(tokens(AT_ISSUE).verify(none + "." + parts[1] + ".")).isEmpty();
    assertThat(tokens(AT_ISSUE).verify(spaced + "." + parts[1] + "." + parts[2])).isEmpty();
  }

  @Test
  void anAlteredSignatureIsRefused() throws Exception {
    String[] parts = issued().split("\\.");
    byte[] signature = B64D.decode(parts[2]);
    signature[signature.length / 2] ^= 1;

    assertThat(
            tokens(AT_ISSUE)
                .verify(parts[0] + "." + parts[1] + "." + B64.encodeToString(signature)))
        .isEmpty();
  }

  @Test
  void anAlteredPayloadIsRefused() throws Exception {
    String[] parts = issued().split("\\.");
    String payload = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8);
    String promoted = encode(payload.replace("EMPLOYER", "ADMIN"));

    assertThat(tokens(AT_ISSUE).verify(parts[0] + "." + promoted + "." + parts[2])).isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String[] parts = issued().split("\\.");
    String input = parts[0] + "." + parts[1];

    String forged = input + "." + sign(input, generator.generateKeyPair().getPrivate());

    assertThat(tokens(AT_ISSUE).verify(forged)).isEmpty();
  }

  @Test
  void aSignedTokenWithANonNumericSubjectIsRefused() throws Exception {
    String[] parts = issued().split("\\.");
    String payload =
        Json.createObjectBuilder()
            .add("iss", "talentbruecke")
            .add("sub", "oksana")
            .add("groups", Json.createArrayBuilder().add("ADMIN"))
            .add("exp", ISSUED_AT.plusSeconds(3600).getEpochSecond())
            .add("epoch", 0)
            .build()
            .toString();
    String input = parts[0] + "." + encode(payload);

    String token = input + "." + sign(input, keys.privateKey());

    assertThat(tokens(AT_ISSUE).verify(token)).isEmpty();
    // The same token with a numeric subject passes: the subject is what is refused above.
    String numeric = parts[0] + "." + encode(payload.replace("\"oksana\"", "\"7\""));
    assertThat(tokens(AT_ISSUE).verify(numeric + "." + sign(numeric, keys.privateKey())))
        .contains(new SignedInUser(7, Role.ADMIN, 0));
  }

  @Test
  void aSignedTokenWithoutExpiryOrWithAnUnknownRoleIsRefused() throws Exception {
    String header = issued().split("\\.")[0];
    String noExpiry =
        header
            + "."
            + encode(
                "{\"iss\":\"talentbruecke\",\"sub\":\"7\",\"groups\":[\"ADMIN\"],\"epoch\":0}");
    String unknownRole =
        header
            + "."
            + encode(
                "{\"iss\":\"talentbruecke\",\"sub\":\"7\",\"groups\":[\"ROOT\"],\"epoch\":0,\"exp\":"
                    + ISSUED_AT.plusSeconds(60).getEpochSecond()
                    + "}");

    assertThat(tokens(AT_ISSUE).verify(noExpiry + "." + sign(noExpiry, keys.privateKey())))
        .isEmpty();
    assertThat(tokens(AT_ISSUE).verify(unknownRole + "." + sign(unknownRole, keys.privateKey())))
        .isEmpty();
  }

  @Test
  void garbageIsRefusedWithoutAnException() {
    ApiTokens tokens = tokens(AT_ISSUE);

    assertThat(tokens.verify(null)).isEmpty();
    assertThat(tokens.verify("")).isEmpty();
    assertThat(tokens.verify("a.b")).isEmpty();
    assertThat(tokens.verify("a.b.c.d")).isEmpty();
    assertThat(tokens.verify("!!!.???.***")).isEmpty();
    assertThat(tokens.verify("x".repeat(9000))).isEmpty();
  }

  private static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String sign(String input, PrivateKey key) throws GeneralSecurityException {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key);
    signature.update(input.getBytes(StandardCharsets.US_ASCII));
    return B64.encodeToString(signature.sign());
  }
}
