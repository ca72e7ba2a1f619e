package org.talentbruecke.opening.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An invitation of a colleague. {@code token} and {@code link} are in the answer to its creation
 * only: the service keeps just a hash and sends no e-mail, so the caller passes the link on.
 */
@Schema(name = "Invitation")
public record InvitationDto(
    String email, String expiresAt, boolean accepted, String token, String link) {}
