package org.talentbruecke.opening.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentbruecke.opening.domain.Invitation;
import org.talentbruecke.opening.domain.InvitationRepository;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * The invitation of a colleague, with a clock the test moves: the token is shown once and stored
 * only as a hash, works once, for the invited address only, and not after 14 days.
 */
class InvitationServiceTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final long ORGANISATION = 7;
  private static final long INVITER = 70;

  private final MovableClock clock = new MovableClock(T0);
  private final InMemoryInvitations repository = new InMemoryInvitations();
  private final InvitationService service = new InvitationService();

  @BeforeEach
  void wire() throws ReflectiveOperationException {
    set(service, "invitations", repository);
    set(service, "organisations", new OneOrganisation());
    set(service, "clock", clock);
  }

  @Test
  void theTokenIsStoredOnlyAsItsSha256Hash() throws Exception {
    InvitationService.Issued issued = service.invite(ORGANISATION, INVITER, "Kollegin@Example.org");

    assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}"); // 32 random bytes, base64url
    assertThat(repository.stored).hasSize(1);
    Invitation stored = repository.stored.get(0);
    for (Object value : fieldValues(stored)) {
      assertThat(String.valueOf(value)).doesNotContain(issued.token());
    }
    assertThat(fieldValues(stored)).contains(sha256Hex(issued.token()));
    assertThat(InvitationService.hash(issued.token())).isEqualTo(sha256Hex(issued.token()));
    assertThat(stored.getEmail()).isEqualTo("kollegin@example.org");
    assertThat(stored.getCreatedAt()).isEqualTo(T0);
  }

  @Test
  void everyInvitationGetsItsOwnToken() {
    String first = service.invite(ORGANISATION, INVITER, "a@example.org").token();
    String second = service.invite(ORGANISATION, INVITER, "a@example.org").token();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aPendingInvitationShowsOrganisationAndAddress() {
    String token = service.invite(ORGANISATION, INVITER, "kollegin@example.org").token();

    assertThat(service.pending(token))
        .contains(new InvitationService.Pending("Bäckerei am Markt", "kollegin@example.org"));
    assertThat(service.organisationFor(token, " Kollegin@EXAMPLE.org ")).isEqualTo(ORGANISATION);
  }

  @Test
  void anInvitationWorksOnlyOnce() {
    String token = service.invite(ORGANISATION, INVITER, "kollegin@example.org").token();

    service.accept(token, 99);

    assertThat(repository.stored.get(0).getAcceptedAt()).isEqualTo(T0);
    assertThat(service.pending(token)).isEmpty();
    assertInvalid(() -> service.organisationFor(token, "kollegin@example.org"));
    assertInvalid(() -> service.accept(token, 100));
  }

  @Test
  void anInvitationExpiresAfterFourteenDays() {
    String token = service.invite(ORGANISATION, INVITER, "kollegin@example.org").token();

    clock.set(T0.plus(Duration.ofDays(14)).minusSeconds(1));
    assertThat(service.pending(token)).isPresent();
    clock.set(T0.plus(Duration.ofDays(14)));
    assertThat(service.pending(token)).isEmpty();
    assertInvalid(() -> service.organisationFor(token, "kollegin@example.org"));
    assertInvalid(() -> service.accept(token, 99));
  }

  @Test
  void anotherAddressCannotUseTheInvitation() {
    String token = service.invite(ORGANISATION, INVITER, "kollegin@example.org").token();

    assertInvalid(() -> service.organisationFor(token, "someone.else@example.org"));
    assertInvalid(() -> service.organisationFor(token, "not an address"));
    assertInvalid(() -> service.organisationFor(token, null));
    assertThat(service.pending(token)).as("still usable by the invited address").isPresent();
  }

  @Test
  void unknownOrMalformedTokensFindNothing() throws Exception {
    String token = service.invite(ORGANISATION, INVITER, "kollegin@example.org").token();

    assertThat(service.pending(null)).isEmpty();
    assertThat(service.pending(" ")).isEmpty();
    assertThat(service.pending(token.substring(1))).isEmpty();
    assertThat(service.pending(token + "x".repeat(InvitationService.MAX_TOKEN))).isEmpty();
    assertThat(service.pending(sha256Hex(token))).as("the hash is not a token").isEmpty();
    assertInvalid(() -> service.organisationFor("unknown", "kollegin@example.org"));
  }

  @Test
  void invitingNeedsAValidAddressAndAnExistingOrganisation() {
    assertThat(errors(() -> service.invite(ORGANISATION, INVITER, " ")))
        .containsExactly("email:validation.required[]");
    assertThat(errors(() -> service.invite(ORGANISATION, INVITER, "no-at-sign")))
        .containsExactly("email:validation.email[]");
    assertThatThrownBy(() -> service.invite(404, INVITER, "kollegin@example.org"))
        .isInstanceOf(NotFound.class);
    assertThat(repository.stored).isEmpty();
  }

  private static void assertInvalid(Runnable call) {
    assertThat(errors(call)).containsExactly("invitation:invitation.error.invalid[]");
  }

  private static List<String> errors(Runnable call) {
    try {
      call.run();
    } catch (ValidationFailure e) {
      return e.errors().stream().map(FieldError::toString).toList();
    }
    throw new AssertionError("expected a ValidationFailure");
  }

  private static String sha256Hex(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static List<Object> fieldValues(Object object) throws IllegalAccessException {
    List<Object> values = new ArrayList<>();
    for (Field field : object.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        values.add(field.get(object));
      }
    }
    return values;
  }

  // The service is a CDI bean with injected fields; the test fills them as the container would.
  private static void set(Object target, String name, Object value)
      throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private static final class InMemoryInvitations implements InvitationRepository {
    final List<Invitation> stored = new ArrayList<>();

    @Override
    public Optional<Invitation> findByTokenHash(String tokenHash) {
      return stored.stream().filter(i -> fieldValuesUnchecked(i).contains(tokenHash)).findFirst();
    }

    @Override
    public List<Invitation> findByOrganisation(long organisationId) {
      return stored.stream().filter(i -> i.getOrganisationId() == organisationId).toList();
    }

    @Override
    public Invitation store(Invitation invitation) {
      stored.add(invitation);
      return invitation;
    }

    private static List<Object> fieldValuesUnchecked(Invitation invitation) {
      try {
        Field hash = Invitation.class.getDeclaredField("tokenHash");
        hash.setAccessible(true);
        return List.of(hash.get(invitation));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class OneOrganisation extends OrganisationService {
    @Override
    public Optional<Organisation> find(long id) {
      return id == ORGANISATION
          ? Optional.of(new Organisation("Bäckerei am Markt", T0.minus(Duration.ofDays(30))))
          : Optional.empty();
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
