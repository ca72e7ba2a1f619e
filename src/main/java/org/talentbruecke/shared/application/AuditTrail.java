package org.talentbruecke.shared.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The append-only audit trail (decision 043), as every context sees it: each records what happens
 * in its application layer, none depends on another for it. The audit context implements it.
 *
 * <p>{@link #record} joins the caller's transaction when there is one (an entry about a change that
 * rolls back goes with it) and uses its own otherwise (a failed sign-in).
 */
public interface AuditTrail {

  /** Appends one entry. */
  void record(AuditEvent event);

  /**
   * Notes that {@code viewerAccountId} was shown the profiles of these accounts (an employer's
   * candidates, a staff page). One entry per viewing organisation (staff: per staff member),
   * profile and day; repeated views that day add nothing. Its own short transaction: a view is
   * recorded even when the page's work rolls back.
   */
  void recordViews(long viewerAccountId, Collection<Long> viewedAccountIds, String where);

  /** One recorded entry, as the person it is about may see it (their data export). */
  record Entry(
      Instant at,
      String type,
      String actorRole,
      boolean byThePerson,
      String entity,
      String field,
      String oldValue,
      String newValue,
      String details) {}

  /** Every entry about the account's holder or made by them, oldest first. */
  List<Entry> about(long accountId);

  /**
   * Who saw the profile: an organisation's name, or null for the region's staff.
   *
   * @param organisationId null for staff
   */
  record ProfileView(Instant at, Long organisationId, String organisationName) {
    public boolean byStaff() {
      return organisationId == null;
    }
  }

  /** Who has viewed the account holder's profile, newest first. */
  List<ProfileView> viewsOf(long accountId);
}
