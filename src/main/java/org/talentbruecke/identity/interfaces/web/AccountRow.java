package org.talentbruecke.identity.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import org.talentbruecke.identity.domain.Account;

/** One account as the admin's list shows it. */
public record AccountRow(
    long id,
    String email,
    String displayName,
    String role,
    boolean active,
    boolean throttled,
    Instant createdAt)
    implements Serializable {
  static AccountRow of(Account a, boolean throttled) {
    return new AccountRow(
        a.getId(),
        a.getEmail(),
        a.getDisplayName(),
        a.getRole().name(),
        a.isActive(),
        throttled,
        a.getCreatedAt());
  }
}
