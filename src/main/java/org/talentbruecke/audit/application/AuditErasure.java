package org.talentbruecke.audit.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.talentbruecke.identity.application.AccountErasing;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;

/**
 * When an account is erased (decision 041), its audit entries stay but keep only the pseudonym: the
 * link from pseudonym to account is deleted in the erasure's transaction. Observed after the other
 * contexts' observers (later priority), so that nothing records about the person after the link is
 * gone. The erasure itself is recorded first, under the same pseudonym.
 */
@ApplicationScoped
public class AuditErasure {
  @Inject private AuditTrail trail;
  @Inject private AuditPseudonyms pseudonyms;

  void onAccountErasing(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 900) AccountErasing event) {
    trail.record(
        AuditEvent.of(AuditTypes.ACCOUNT_ERASED, event.accountId(), event.accountId())
            .withDetails(event.role()));
    pseudonyms.forget(event.accountId());
  }
}
