package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningRepository;
import org.talentbruecke.opening.domain.OpeningStatus;
import org.talentbruecke.opening.domain.VerificationStep;

/**
 * When staff reject an organisation, its published openings go offline in the same transaction,
 * closed by that staff member with the rejection's reason. (A change after verification alone keeps
 * them online until staff decide.)
 */
@ApplicationScoped
public class RejectedOrganisationOpenings {
  @Inject private OpeningRepository openings;
  @Inject private Event<OpeningChanged> changed;

  void takeOffline(@Observes VerificationDecided decided) {
    if (!VerificationStep.REJECTED.name().equals(decided.step())) {
      return;
    }
    for (Opening opening : openings.findByOrganisation(decided.organisationId())) {
      if (opening.getStatus() == OpeningStatus.PUBLISHED) {
        String reason = decided.text();
        opening.close(
            decided.at(),
            decided.staffAccountId(),
            reason.length() > Opening.MAX_CLOSE_REASON
                ? reason.substring(0, Opening.MAX_CLOSE_REASON)
                : reason);
        changed.fire(new OpeningChanged(opening.getId()));
      }
    }
  }
}
