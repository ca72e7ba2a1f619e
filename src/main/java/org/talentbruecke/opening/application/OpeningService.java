package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningRepository;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.NotFound;

/**
 * Drafts and publishes openings for the caller's organisation. Every method takes the caller's
 * organisation id and treats another organisation's opening as not found.
 */
@ApplicationScoped
public class OpeningService {
  @Inject private OpeningRepository openings;
  @Inject private OrganisationService organisations;
  @Inject private Clock clock;

  @Transactional
  public Opening createDraft(long organisationId, String title, String description) {
    FieldChecks checks = new FieldChecks().text("title", title, Opening.MAX_TITLE);
    if (description != null && description.length() > Opening.MAX_DESCRIPTION) {
      checks.add("description", "validation.tooLong", Opening.MAX_DESCRIPTION);
    }
    checks.throwIfAny();
    return openings.store(new Opening(organisationId, title.trim(), description, clock.instant()));
  }

  public Opening get(long organisationId, long openingId) {
    return openings.find(openingId).filter(o -> o.belongsTo(organisationId)).orElseThrow(() -> new NotFound("Opening"));
  }

  public List<Opening> ofOrganisation(long organisationId) {
    return openings.findByOrganisation(organisationId);
  }

  /** Publishes a draft; only a verified organisation may. */
  @Transactional
  public Opening publish(long organisationId, long openingId) {
    Opening opening = get(organisationId, openingId);
    if (!organisations.isVerified(organisationId)) {
      throw new OrganisationNotVerified();
    }
    opening.publish(clock.instant());
    return opening;
  }
}
