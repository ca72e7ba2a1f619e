package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.talentbruecke.identity.application.EmployerRegistration;
import org.talentbruecke.identity.application.OrganisationToJoin;
import org.talentbruecke.identity.application.RegistrationRequest;
import org.talentbruecke.identity.application.RegistrationService;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.domain.VisibleText;

/**
 * An employer comes on board: with a new organisation (self-registration) or by accepting a
 * colleague's invitation. The account is created through identity's {@link RegistrationService};
 * the organisation and the invitation are this context's. Each way is one transaction, so a refused
 * registration leaves neither an account nor an organisation behind.
 */
@ApplicationScoped
public class EmployerOnboarding implements EmployerRegistration {
  static final int MAX_ORGANISATION = 200;

  @Inject private RegistrationService registration;
  @Inject private OrganisationService organisations;
  @Inject private InvitationService invitations;

  @Override
  @Transactional
  public long registerWithNewOrganisation(RegistrationRequest request, String clientAddress) {
    registration.countAttempt(clientAddress);
    return registration.createEmployer(
        request,
        new OrganisationToJoin() {
          @Override
          public void check(FieldChecks checks) {
            checks.text(
                "organisationName",
                VisibleText.normalise(request.organisationName()),
                MAX_ORGANISATION);
          }

          @Override
          public long id() {
            return organisations.register(request.organisationName());
          }
        });
  }

  /**
   * Registration of a further employer user through an invitation: the account joins the inviting
   * organisation, and the invitation is used up. The address must be the invited one. Throttled
   * like self-registration, the invitation checked only after the attempt is counted.
   */
  @Transactional
  public long registerInvited(
      RegistrationRequest request, String invitationToken, String clientAddress) {
    registration.countAttempt(clientAddress);
    long organisation = invitations.organisationFor(invitationToken, request.email());
    long account = registration.createEmployer(request, () -> organisation);
    invitations.accept(invitationToken, account);
    return account;
  }
}
