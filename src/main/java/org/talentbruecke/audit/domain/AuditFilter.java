package org.talentbruecke.audit.domain;

import java.time.Instant;

/**
 * What an admin looks for in the trail; every part may be null (no restriction).
 *
 * @param from entries at or after this instant
 * @param to entries before this instant
 * @param actor the acting person's pseudonym
 * @param type an entry type code
 */
public record AuditFilter(Instant from, Instant to, String actor, String type) {
  public static final AuditFilter NONE = new AuditFilter(null, null, null, null);
}
