package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.talentbruecke.opening.domain.adcheck.AdCheck;
import org.talentbruecke.opening.domain.adcheck.AdText;
import org.talentbruecke.opening.domain.adcheck.Finding;
import org.talentbruecke.opening.domain.adcheck.Language;
import org.talentbruecke.shared.application.FieldChecks;

/** Runs the fair job-ad check on any ad text, explaining findings in the reader's language. */
@ApplicationScoped
public class AdCheckService {
  /**
   * Longer tags than this are no language tag at all ("de-DE" has 5, the longest real ones ~12).
   */
  static final int MAX_LANGUAGE_TAG = 35;

  private final AdCheck check = AdCheck.standard();

  /**
   * Checks an ad; {@code language} selects the rule set (null: all), {@code uiLocale} the language
   * of reasons and suggestions (German, English, Arabic, Ukrainian or Turkish; German when none is
   * given).
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure if a field is over the engine's
   *     limits
   */
  public List<Finding> check(String title, String description, String language, Locale uiLocale) {
    FieldChecks checks = new FieldChecks();
    if (title != null && title.length() > AdText.MAX_TITLE_LENGTH) {
      checks.add("title", "validation.tooLong", AdText.MAX_TITLE_LENGTH);
    }
    if (description != null && description.length() > AdText.MAX_DESCRIPTION_LENGTH) {
      checks.add("description", "validation.tooLong", AdText.MAX_DESCRIPTION_LENGTH);
    }
    if (language != null && language.length() > MAX_LANGUAGE_TAG) {
      checks.add("language", "validation.tooLong", MAX_LANGUAGE_TAG);
    }
    checks.throwIfAny();
    return check.checkFor(
        new AdText(title, description, language),
        uiLocale == null ? Language.DE.locale() : uiLocale);
  }
}
