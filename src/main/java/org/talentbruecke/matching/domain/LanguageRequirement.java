package org.talentbruecke.matching.domain;

import java.util.Objects;
import org.talentbruecke.reference.domain.language.CefrLevel;

/** A language other than German an opening asks for, at one overall level. */
public record LanguageRequirement(String language, CefrLevel level) {
  public LanguageRequirement {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(level, "level");
  }
}
