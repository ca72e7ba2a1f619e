package org.talentbruecke.contact.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.talentbruecke.contact.application.ContactOpenings;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningStatus;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.shared.application.NotFound;

/** Reads openings and their organisations through the opening context's application layer. */
@ApplicationScoped
public class OpeningContactOpenings implements ContactOpenings {
  @Inject private OpeningService openings;
  @Inject private OrganisationService organisations;
  @Inject private org.talentbruecke.matching.application.OpeningSource source;
  @Inject private Clock clock;

  @Override
  @Transactional
  public Optional<OpeningFacts> find(long openingId) {
    Optional<Long> organisationId =
        source
            .find(openingId)
            .map(org.talentbruecke.matching.application.OpeningSource.OpeningFacts::organisationId);
    if (organisationId.isEmpty()) {
      return Optional.empty();
    }
    Opening opening;
    try {
      opening = openings.get(organisationId.get(), openingId);
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
            opening.getStatus() == OpeningStatus.PUBLISHED && !opening.isExpired(clock.instant()),
            organisation.map(Organisation::isVerified).orElse(false)));
  }
}
