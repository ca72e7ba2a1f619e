package org.talentbruecke.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.talentbruecke.identity.domain.PasswordPolicy;

/** Makes the password policy, with the shipped list of common passwords, injectable. */
@ApplicationScoped
public class PasswordRules {
  private final PasswordPolicy policy = new PasswordPolicy(CommonPasswords.load());

  @Produces
  PasswordPolicy policy() {
    return policy;
  }
}
