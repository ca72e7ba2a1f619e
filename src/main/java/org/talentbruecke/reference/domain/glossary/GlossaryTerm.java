package org.talentbruecke.reference.domain.glossary;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One legal, administrative or vocabulary concept and the single term each interface language uses
 * for it, so that a job seeker finds the same word on the profile, the CV, the advice and the
 * official letter.
 *
 * @param id stable name of the concept, e.g. {@code BERUFSERLAUBNIS}
 * @param kind what sort of concept it is
 * @param terms the term to use, per language code (de, en, ar, uk, tr); where users must match an
 *     official letter, the translation carries the German term in brackets
 * @param matchers how a text shows that it uses the term, per language: German finds the texts that
 *     are about the concept, the other languages check that the translation says it with the
 *     glossary's word (a stem, because the word is inflected)
 * @param avoid a wrong rendering found by the translation review that must not come back; may be
 *     absent
 * @param note why the term was chosen, or what a reviewer should still decide
 */
public record GlossaryTerm(
    String id,
    Kind kind,
    Map<String, String> terms,
    Map<String, Pattern> matchers,
    Optional<Pattern> avoid,
    String note) {

  /** The groups of terms the glossary covers. */
  public enum Kind {
    LEGAL,
    COURSE,
    CEFR,
    HOURS
  }

  public GlossaryTerm {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    terms = Map.copyOf(terms);
    matchers = Map.copyOf(matchers);
    Objects.requireNonNull(avoid, "avoid");
    Objects.requireNonNull(note, "note");
  }

  /** The glossary term in this language. */
  public String term(String language) {
    String term = terms.get(language);
    if (term == null) {
      throw new IllegalArgumentException(id + " has no term in " + language);
    }
    return term;
  }

  /** True when the German text is about this concept. */
  public boolean appliesTo(String germanText) {
    return matchers.get("de").matcher(germanText).find();
  }

  /** True when the text in this language uses the glossary's term (after {@link #normalize}). */
  public boolean isUsedIn(String language, String text) {
    Pattern matcher = matchers.get(language);
    if (matcher == null) {
      throw new IllegalArgumentException(id + " has no pattern for " + language);
    }
    return matcher.matcher(normalize(text)).find();
  }

  /** True when the text uses a rendering the review found wrong for this concept. */
  public boolean usesAvoidedRendering(String text) {
    return avoid.map(p -> p.matcher(normalize(text)).find()).orElse(false);
  }

  /**
   * Arabic short vowels, shadda and tatweel are optional in writing, and direction marks are
   * invisible; neither makes a different word, so both are ignored when matching.
   */
  public static String normalize(String text) {
    return text.replaceAll("[\\u064B-\\u0652\\u0640\\u200E\\u200F\\u2066-\\u2069]", "");
  }
}
