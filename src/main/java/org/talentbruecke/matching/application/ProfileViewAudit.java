package org.talentbruecke.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.shared.application.AuditTrail;

/**
 * Notes in the audit trail whose profiles a candidate list showed to an employer or to staff (the
 * employer's candidates page and API, the staff candidates page), so that job seekers can see who
 * viewed their profile. The trail keeps one entry per organisation (staff: per person), profile and
 * day.
 */
@ApplicationScoped
public class ProfileViewAudit {
  private static final Logger LOG = Logger.getLogger(ProfileViewAudit.class.getName());

  @Inject private AuditTrail audit;
  @Inject private CandidateSource candidates;

  /** The candidates of {@code cards} were shown to {@code viewer} for an opening. */
  void shown(Viewer viewer, long openingId, List<MatchCard> cards) {
    if (viewer.accountId() == null
        || !("EMPLOYER".equals(viewer.role()) || viewer.isStaff())
        || cards.isEmpty()) {
      return;
    }
    try {
      List<Long> accounts = new ArrayList<>();
      for (MatchCard card : cards) {
        candidates
            .person(card.candidateHandle())
            .ifPresent(person -> accounts.add(person.accountId()));
      }
      audit.recordViews(viewer.accountId(), accounts, "opening " + openingId);
    } catch (RuntimeException e) {
      // The ranking was shown; a view that could not be noted is logged, never shown.
      LOG.log(Level.WARNING, "Could not note the profile views", e);
    }
  }
}
