package org.talentbruecke.contact.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.talentbruecke.contact.domain.ContactRequest;
import org.talentbruecke.contact.domain.ContactRequestRepository;
import org.talentbruecke.identity.application.AccountErasing;

/**
 * When identity erases an account (GDPR Art. 17), inside the same transaction: a job seeker's
 * contact requests are deleted — pending ones included, so the employer's view of the person goes
 * at once — and an employer's user who asked or answered is forgotten from their organisation's
 * requests (the organisation keeps them).
 */
@ApplicationScoped
public class ContactErasure {
  @Inject private ContactRequestRepository requests;

  /** For CDI. */
  protected ContactErasure() {}

  /** For tests without a container. */
  ContactErasure(ContactRequestRepository requests) {
    this.requests = requests;
  }

  void onAccountErasing(@Observes AccountErasing event) {
    erase(event.accountId(), event.role());
  }

  /**
   * @return how many requests were deleted
   */
  int erase(long accountId, String role) {
    if (!"JOB_SEEKER".equals(role)) {
      requests.forgetEmployerAccount(accountId);
      return 0;
    }
    int deleted = 0;
    for (ContactRequest request : requests.findBySeeker(accountId)) {
      requests.delete(request);
      deleted++;
    }
    return deleted;
  }
}
