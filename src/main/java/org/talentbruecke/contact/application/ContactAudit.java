package org.talentbruecke.contact.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.talentbruecke.contact.domain.Side;
import org.talentbruecke.identity.application.ConsentService;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;

/**
 * Writes each change of a contact request to the audit trail, and the job seeker's consent to share
 * with the organisation to the consent records. Observed inside the transaction that made the
 * change, so the request, its audit entry and the consent are stored together or not at all.
 */
@ApplicationScoped
public class ContactAudit {
  @Inject private AuditTrail audit;
  @Inject private ConsentService consents;
  @Inject private ContactOpenings openings;

  void requested(@Observes ContactRequested e) {
    audit.record(entry(AuditTypes.CONTACT_REQUESTED, e, e.initiator().name()));
    if (e.initiator() == Side.SEEKER) {
      sharingGranted(e);
    }
  }

  void answered(@Observes ContactAnswered e) {
    audit.record(entry(AuditTypes.CONTACT_ANSWERED, e, e.accepted() ? "ACCEPTED" : "DECLINED"));
    if (e.accepted() && e.actorAccountId() == e.seekerAccountId()) {
      sharingGranted(e);
    }
  }

  void withdrawn(@Observes ContactWithdrawn e) {
    audit.record(entry(AuditTypes.CONTACT_WITHDRAWN, e, null));
    consents.sharingWithdrawn(e.seekerAccountId(), e.organisationId());
  }

  private void sharingGranted(ContactEvent e) {
    String name =
        openings.find(e.openingId()).map(ContactOpenings.OpeningFacts::organisationName).orElse("");
    consents.sharingGranted(e.seekerAccountId(), e.organisationId(), name);
  }

  /** Ids only: the opening and organisation in the details, no message text, no contact data. */
  private static AuditEvent entry(String type, ContactEvent e, String outcome) {
    String details =
        "opening "
            + e.openingId()
            + ", organisation "
            + e.organisationId()
            + (outcome == null ? "" : ", " + outcome);
    return new AuditEvent(
        type,
        e.actorAccountId(),
        e.seekerAccountId(),
        "CONTACT_REQUEST",
        e.requestId(),
        null,
        null,
        null,
        details);
  }
}
