package org.talentbruecke.contact.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.talentbruecke.contact.application.ContactMatches;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.domain.MatchCard;

/** The match card from the matching context: its scoring, not a second one. */
@ApplicationScoped
public class MatchingContactMatches implements ContactMatches {
  @Inject private MatchingService matching;

  @Override
  public Optional<MatchCard> card(long seekerAccountId, long openingId) {
    return matching.cardFor(seekerAccountId, openingId);
  }
}
