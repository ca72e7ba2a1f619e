package org.talentbruecke.identity.application;

/**
 * Self-registration of an employer together with a new organisation, as offered by the registration
 * page and {@code POST /api/v1/accounts}. Identity owns those entry points but not organisations,
 * so it declares this port; the opening context implements it ({@code
 * opening.application.EmployerOnboarding}) and creates the account through {@link
 * RegistrationService}. This keeps identity free of imports from opening.
 */
public interface EmployerRegistration {
  /**
   * Registers the employer and the organisation in one transaction; returns the new account's id.
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure with the refused fields
   * @throws org.talentbruecke.shared.application.TooManyAttempts when the address is throttled
   */
  long registerWithNewOrganisation(RegistrationRequest request, String clientAddress);
}
