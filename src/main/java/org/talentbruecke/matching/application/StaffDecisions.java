package org.talentbruecke.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.matching.domain.DecisionKind;
import org.talentbruecke.matching.domain.Oversight;
import org.talentbruecke.matching.domain.StaffDecision;
import org.talentbruecke.matching.domain.StaffDecisionRepository;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.NotFound;

/**
 * Human oversight of matching: staff pin or exclude a candidate (by handle) for an opening with a
 * written reason, and withdraw a decision. Every decision is kept with who took it and when; a
 * withdrawn one stays on record. A new decision about the same candidate and opening withdraws the
 * one before it (in the same transaction, by the same staff member), so at most one is active.
 *
 * <p>The caller must be staff; the REST resource and the pages check the role.
 */
@ApplicationScoped
public class StaffDecisions {
  @Inject private StaffDecisionRepository decisions;
  @Inject private OpeningSource openings;
  @Inject private CandidateSource candidates;
  @Inject private Clock clock;
  @Inject private AuditTrail audit;

  /** For CDI. */
  protected StaffDecisions() {}

  /** For tests without a container. */
  StaffDecisions(
      StaffDecisionRepository decisions,
      OpeningSource openings,
      CandidateSource candidates,
      Clock clock) {
    this.decisions = decisions;
    this.openings = openings;
    this.candidates = candidates;
    this.clock = clock;
  }

  /** A decision as pages and the API show it to staff. */
  public record Decision(
      long id,
      long openingId,
      String handle,
      long candidateAccountId,
      DecisionKind kind,
      String reason,
      long decidedBy,
      Instant decidedAt,
      Long withdrawnBy,
      Instant withdrawnAt) {
    public boolean active() {
      return withdrawnAt == null;
    }

    static Decision of(StaffDecision d) {
      return new Decision(
          d.getId(),
          d.getOpeningId(),
          d.getHandle(),
          d.getCandidateAccountId(),
          d.getKind(),
          d.getReason(),
          d.getDecidedBy(),
          d.getDecidedAt(),
          d.getWithdrawnBy(),
          d.getWithdrawnAt());
    }
  }

  /**
   * Recommends a candidate for an opening.
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure naming {@code reason} (5..500
   *     characters, no angle brackets) or {@code handle}
   * @throws NotFound for an unknown opening or a handle no ranking has shown
   */
  @Transactional
  public Decision pin(long openingId, String handle, String reason, long staffAccountId) {
    return decide(openingId, handle, DecisionKind.PIN, reason, staffAccountId);
  }

  /** Keeps a candidate off the employer's list for an opening; same rules as {@link #pin}. */
  @Transactional
  public Decision exclude(long openingId, String handle, String reason, long staffAccountId) {
    return decide(openingId, handle, DecisionKind.EXCLUDE, reason, staffAccountId);
  }

  /** Pin or exclusion by kind; same rules as {@link #pin}. */
  @Transactional
  public Decision decide(
      long openingId, String handle, DecisionKind kind, String reason, long staffAccountId) {
    String text = reason == null ? null : reason.strip();
    FieldChecks checks = new FieldChecks().text("reason", text, StaffDecision.MAX_REASON);
    if (!checks.hasErrorFor("reason") && text.length() < StaffDecision.MIN_REASON) {
      checks.add("reason", "validation.tooShort", StaffDecision.MIN_REASON);
    }
    if (handle == null || handle.isBlank()) {
      checks.add("handle", "validation.required");
    }
    if (kind == null) {
      checks.add("kind", "validation.required");
    }
    checks.throwIfAny();
    if (openings.find(openingId).isEmpty()) {
      throw new NotFound("Opening");
    }
    String shown = handle.strip();
    long candidate =
        candidates
            .person(shown)
            .map(CandidateSource.Person::accountId)
            .orElseThrow(() -> new NotFound("Candidate"));
    Instant now = clock.instant();
    for (StaffDecision earlier : decisions.findActiveByOpening(openingId)) {
      if (earlier.getHandle().equals(shown)) {
        earlier.withdraw(staffAccountId, now);
        decisions.store(earlier);
      }
    }
    Decision decision =
        Decision.of(
            decisions.store(
                new StaffDecision(openingId, shown, candidate, kind, text, staffAccountId, now)));
    audited(AuditTypes.STAFF_DECISION, decision, staffAccountId);
    return decision;
  }

  /** The audit entry of a decision: who, about whom, which opening and kind; not the reason. */
  private void audited(String type, Decision d, long staffAccountId) {
    if (audit != null) { // null only in tests without a container
      audit.record(
          new AuditEvent(
              type,
              staffAccountId,
              d.candidateAccountId(),
              "STAFF_DECISION",
              String.valueOf(d.id()),
              "kind",
              null,
              d.kind().name(),
              "opening " + d.openingId() + ", " + d.handle()));
    }
  }

  /**
   * Withdraws a decision; it stays on record, marked with who withdrew it and when.
   *
   * @throws NotFound when the opening has no such decision
   * @throws org.talentbruecke.matching.domain.DecisionWithdrawn when it was already withdrawn
   */
  @Transactional
  public Decision withdraw(long openingId, long decisionId, long staffAccountId) {
    StaffDecision decision =
        decisions
            .find(decisionId)
            .filter(d -> d.getOpeningId() == openingId)
            .orElseThrow(() -> new NotFound("Decision"));
    decision.withdraw(staffAccountId, clock.instant());
    Decision withdrawn = Decision.of(decisions.store(decision));
    audited(AuditTypes.STAFF_DECISION_WITHDRAWN, withdrawn, staffAccountId);
    return withdrawn;
  }

  /**
   * Every decision for an opening, active and withdrawn, oldest first.
   *
   * @throws NotFound for an unknown opening
   */
  @Transactional
  public List<Decision> forOpening(long openingId) {
    if (openings.find(openingId).isEmpty()) {
      throw new NotFound("Opening");
    }
    return decisions.findByOpening(openingId).stream().map(Decision::of).toList();
  }

  /** One decision of an opening. */
  @Transactional
  public Optional<Decision> find(long openingId, long decisionId) {
    return decisions.find(decisionId).filter(d -> d.getOpeningId() == openingId).map(Decision::of);
  }

  /** What the active decisions mean for the opening's ranking. */
  @Transactional
  public Oversight oversightOf(long openingId) {
    return Oversight.of(decisions.findActiveByOpening(openingId));
  }
}
