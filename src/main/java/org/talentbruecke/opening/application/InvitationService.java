package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.opening.domain.Invitation;
import org.talentbruecke.opening.domain.InvitationRepository;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.domain.EmailAddress;

/**
 * Lets an employer user invite a colleague into the organisation. There is no mail server (see
 * decision 011): the one-time token is handed back to the inviter, who passes the link on. Only a
 * SHA-256 hash of the token is stored.
 */
@ApplicationScoped
public class InvitationService {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Longer tokens are not ours; refuse them before hashing. */
  static final int MAX_TOKEN = 100;

  @Inject private InvitationRepository invitations;
  @Inject private OrganisationService organisations;
  @Inject private Clock clock;

  /** An invitation just issued, with the token that is shown once and never stored. */
  public record Issued(Invitation invitation, String token) {}

  /** What the join page shows before the invitee registers. */
  public record Pending(String organisationName, String email) {}

  @Transactional
  public Issued invite(long organisationId, long inviterAccountId, String email) {
    if (email == null || email.isBlank()) {
      throw ValidationFailure.of("email", "validation.required");
    }
    if (!EmailAddress.isValid(email)) {
      throw ValidationFailure.of("email", "validation.email");
    }
    organisations.find(organisationId).orElseThrow(() -> new NotFound("Organisation"));
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Invitation invitation =
        invitations.store(
            new Invitation(
                organisationId,
                EmailAddress.normalise(email),
                hash(token),
                inviterAccountId,
                clock.instant()));
    return new Issued(invitation, token);
  }

  public List<Invitation> ofOrganisation(long organisationId) {
    return invitations.findByOrganisation(organisationId);
  }

  /**
   * The organisation and address of a usable invitation; empty for unknown, used or expired tokens.
   */
  public Optional<Pending> pending(String token) {
    return usable(token)
        .flatMap(
            i ->
                organisations
                    .find(i.getOrganisationId())
                    .map(o -> new Pending(o.getName(), i.getEmail())));
  }

  /**
   * The organisation the invitee joins; for the registration of the invitee, in its transaction.
   *
   * @throws ValidationFailure ("invitation") when the token is unknown, used or expired, or the
   *     address is not the invited one — one message for all, so a token cannot be probed
   */
  public long organisationFor(String token, String email) {
    Invitation invitation =
        usable(token)
            .filter(
                i ->
                    email != null
                        && EmailAddress.isValid(email)
                        && i.getEmail().equals(EmailAddress.normalise(email)))
            .orElseThrow(() -> ValidationFailure.of("invitation", "invitation.error.invalid"));
    return invitation.getOrganisationId();
  }

  /** Marks the invitation used by the account that just registered through it. */
  @Transactional
  public void accept(String token, long accountId) {
    Invitation invitation =
        usable(token)
            .orElseThrow(() -> ValidationFailure.of("invitation", "invitation.error.invalid"));
    invitation.accept(accountId, clock.instant());
  }

  private Optional<Invitation> usable(String token) {
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
      return Optional.empty();
    }
    return invitations
        .findByTokenHash(hash(token.strip()))
        .filter(i -> i.isUsable(clock.instant()));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The name of the organisation an invitation is for (for lists). */
  public String organisationName(Invitation invitation) {
    return organisations.find(invitation.getOrganisationId()).map(Organisation::getName).orElse("");
  }
}
