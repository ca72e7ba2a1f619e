package org.talentbruecke.contact.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.talentbruecke.contact.application.ContactView;
import org.talentbruecke.contact.domain.Side;
import org.talentbruecke.matching.application.RankedMatch;
import org.talentbruecke.matching.interfaces.web.MatchView;
import org.talentbruecke.matching.interfaces.web.MatchViews;

/**
 * Turns contact views into rows with the matching pages' own card views ({@link MatchViews}): the
 * employer sees a candidate's card with what employers may see of the person, the job seeker the
 * card of the opening.
 */
@RequestScoped
public class ContactRows {
  @Inject private MatchViews views;

  public List<ContactRow> of(List<ContactView> contacts) {
    List<RankedMatch> employerCards = new ArrayList<>();
    List<RankedMatch> seekerCards = new ArrayList<>();
    for (ContactView v : contacts) {
      if (v.card() != null) {
        (v.viewer() == Side.EMPLOYER ? employerCards : seekerCards).add(RankedMatch.of(v.card()));
      }
    }
    List<MatchView> forEmployer =
        employerCards.isEmpty() ? List.of() : views.candidates(employerCards);
    List<MatchView> forSeeker = seekerCards.isEmpty() ? List.of() : views.openings(seekerCards);
    int e = 0;
    int s = 0;
    List<ContactRow> rows = new ArrayList<>();
    for (ContactView v : contacts) {
      MatchView match = null;
      if (v.card() != null) {
        match = v.viewer() == Side.EMPLOYER ? forEmployer.get(e++) : forSeeker.get(s++);
      }
      rows.add(
          new ContactRow(
              v.id(),
              v.openingId(),
              v.openingTitle(),
              v.organisationName(),
              v.handle(),
              v.initiator().name(),
              v.state().name(),
              v.message(),
              v.createdAt(),
              v.answeredAt(),
              v.answerable(),
              v.withdrawable(),
              v.disclosure().showsProfile(),
              match,
              v.contact()));
    }
    return rows;
  }
}
