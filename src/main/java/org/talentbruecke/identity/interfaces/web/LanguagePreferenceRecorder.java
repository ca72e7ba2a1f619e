package org.talentbruecke.identity.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.shared.interfaces.web.LanguageChosen;

/** Remembers a signed-in person's interface language on their account. */
@ApplicationScoped
public class LanguagePreferenceRecorder {
  @Inject private AccountService accounts;

  void record(@Observes LanguageChosen chosen) {
    try {
      accounts.preferLanguage(Long.parseLong(chosen.callerName()), chosen.locale().getLanguage());
    } catch (NumberFormatException e) {
      // Not one of our accounts (cannot happen with our mechanism); nothing to remember.
    }
  }
}
