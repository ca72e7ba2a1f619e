package org.talentbruecke.contact.application;

import java.util.Optional;
import org.talentbruecke.matching.domain.MatchCard;

/** The explained match of one job seeker with one opening, from the matching context. */
public interface ContactMatches {
  /** Empty when matching cannot compare them (not ready, hidden or incomplete profile). */
  Optional<MatchCard> card(long seekerAccountId, long openingId);
}
