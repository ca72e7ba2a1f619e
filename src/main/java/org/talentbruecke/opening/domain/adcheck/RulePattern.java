package org.talentbruecke.opening.domain.adcheck;

import java.util.Set;
import java.util.regex.Pattern;

/** One compiled pattern of a rule and the ad languages it is matched in. */
public record RulePattern(Set<Language> languages, Pattern pattern) {

  /** Copies the language set so a rule cannot change after loading. */
  public RulePattern {
    if (languages == null || languages.isEmpty() || pattern == null) {
      throw new IllegalArgumentException("a pattern needs a regex and at least one language");
    }
    languages = Set.copyOf(languages);
  }

  boolean appliesToAny(Set<Language> adLanguages) {
    return adLanguages.stream().anyMatch(languages::contains);
  }
}
