package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;

/**
 * Writes each staff decision on an organisation to the audit trail, inside the decision's
 * transaction. The reason or request text stays in the verification history (it may name people);
 * the audit entry names only the step.
 */
@ApplicationScoped
public class VerificationAudit {
  @Inject private AuditTrail audit;

  void decided(@Observes VerificationDecided e) {
    audit.record(
        new AuditEvent(
            AuditTypes.VERIFICATION_DECIDED,
            e.staffAccountId(),
            null,
            "ORGANISATION",
            String.valueOf(e.organisationId()),
            "verification",
            null,
            e.step(),
            null));
  }
}
