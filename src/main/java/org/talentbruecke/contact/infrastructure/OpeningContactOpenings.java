package org.talentbruecke.contact.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.talentbruecke.contact.application.ContactOpenings;
import org.talentbruecke.opening.application.OpeningForMatching;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.shared.application.NotFound;

/** Reads openings and their organisations through the opening context's application layer. */
@ApplicationScoped
public class OpeningContactOpenings implements ContactOpenings {
  @Inject private OpeningService openings;
  @Inject private OrganisationService organisations;

  @Override
  @Transactional
  public Optional<OpeningFacts> find(long openingId) {
    Optional<OpeningForMatching> facts = openings.forMatching(openingId);
    if (facts.isEmpty()) {
      return Optional.empty();
    }
    Opening opening;
    try {
      opening = openings.get(facts.get().organisationId(), openingId);
    } catch (NotFound e) {
      return Optional.empty();
    }
    Optional<Organisation> organisation = organisations.find(opening.getOrganisationId());
    return Optional.of(
        new OpeningFacts(
            openingId,
            opening.getOrganisationId(),
            opening.getTitle(),
            organisation.map(Organisation::getName).orElse(""),
            facts.get().visibleToSeekers(),
            organisation.map(Organisation::isVerified).orElse(false)));
  }
}
