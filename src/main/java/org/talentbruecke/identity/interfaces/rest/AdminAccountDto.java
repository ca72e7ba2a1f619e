package org.talentbruecke.identity.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.identity.domain.Account;

/** An account as administrators see it. */
@Schema(name = "AdminAccount")
public record AdminAccountDto(
    long id,
    String email,
    String displayName,
    String role,
    Long organisationId,
    @Schema(description = "False once an admin deactivated it: it cannot sign in") boolean active,
    String createdAt) {
  static AdminAccountDto of(Account a) {
    return new AdminAccountDto(
        a.getId(),
        a.getEmail(),
        a.getDisplayName(),
        a.getRole().name(),
        a.getOrganisationId(),
        a.isActive(),
        a.getCreatedAt().toString());
  }
}
