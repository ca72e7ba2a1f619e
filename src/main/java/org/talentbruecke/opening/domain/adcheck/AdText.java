package org.talentbruecke.opening.domain.adcheck;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The wording of a job ad as the employer typed it.
 *
 * @param language the ad's language tag ("de", "en", "de-DE", …); null or unknown means the ad is
 *     checked with every rule set
 */
public record AdText(String title, String description, String language) {

  /** Longest title accepted; real titles are a line, so more is a paste error or abuse. */
  public static final int MAX_TITLE_LENGTH = 500;

  /** Longest description accepted, in chars; about 100 KB of plain text. */
  public static final int MAX_DESCRIPTION_LENGTH = 100_000;

  /** Treats a missing title or description as empty, because drafts are checked too. */
  public AdText {
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    if (title.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException(
          "title has "
              + title.length()
              + " characters, at most "
              + MAX_TITLE_LENGTH
              + " are allowed");
    }
    if (description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException(
          "description has "
              + description.length()
              + " characters, at most "
              + MAX_DESCRIPTION_LENGTH
              + " are allowed");
    }
  }

  /** The ad's language, if it is one that has a rule set. */
  public Optional<Language> adLanguage() {
    return Language.fromTag(language);
  }

  /** The languages whose patterns are matched against this ad. */
  Set<Language> matchingLanguages() {
    return adLanguage().map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Language.class));
  }

  /** The text of one field. */
  public String text(AdField field) {
    return field == AdField.TITLE ? title : description;
  }
}
