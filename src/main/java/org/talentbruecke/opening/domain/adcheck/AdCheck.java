package org.talentbruecke.opening.domain.adcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fair job-ad check: finds wording in a job ad that discriminates under the AGG or scares off
 * qualified newcomers, and says why and how to fix it.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class AdCheck {

  private final RuleSet rules;

  /** A check that applies the given rules. */
  public AdCheck(RuleSet rules) {
    if (rules == null) {
      throw new IllegalArgumentException("rules must not be null");
    }
    this.rules = rules;
  }

  /** The check with the shipped rules. */
  public static AdCheck standard() {
    return Standard.INSTANCE;
  }

  /**
   * Checks an ad and explains the findings in the ad's own language, or German when the ad's
   * language is unknown (the service's default UI language).
   */
  public List<Finding> check(AdText ad) {
    requireAd(ad);
    return check(ad, ad.adLanguage().orElse(Language.DE));
  }

  /**
   * Checks an ad, explaining the findings in German or English.
   *
   * @throws IllegalArgumentException if {@code ad} or {@code uiLanguage} is null
   */
  public List<Finding> check(AdText ad, Language uiLanguage) {
    if (uiLanguage == null) {
      throw new IllegalArgumentException("UI language must not be null");
    }
    return checkFor(ad, uiLanguage.locale());
  }

  /**
   * Checks an ad; patterns follow the ad's language (all rule sets when it is unknown), while
   * reasons and suggestions are written for {@code uiLocale}: German, English, Arabic, Ukrainian or
   * Turkish, and English for any other language.
   *
   * @return findings in {@link Finding#READING_ORDER}, at most one per rule for overlapping words
   * @throws IllegalArgumentException if {@code ad} or {@code uiLocale} is null
   */
  public List<Finding> checkFor(AdText ad, Locale uiLocale) {
    requireAd(ad);
    if (uiLocale == null) {
      throw new IllegalArgumentException("UI locale must not be null");
    }
    Set<Language> adLanguages = ad.matchingLanguages();
    boolean adHasGenderMarker =
        GenderMarker.isPresentIn(VisibleText.of(ad.title()).text())
            || GenderMarker.isPresentIn(VisibleText.of(ad.description()).text());
    List<Finding> findings = new ArrayList<>();
    for (AdField field : AdField.values()) {
      String original = ad.text(field);
      if (original.isBlank()) {
        continue;
      }
      VisibleText visible = VisibleText.of(original);
      for (AdRule rule : rules.rules()) {
        if (!rule.scope().covers(field)) {
          continue;
        }
        for (Span match : RuleScanner.scan(rule, visible.text(), adLanguages, adHasGenderMarker)) {
          findings.add(finding(rule, field, original, visible.toOriginal(match), uiLocale));
        }
      }
    }
    findings.sort(Finding.READING_ORDER);
    return List.copyOf(findings);
  }

  private static Finding finding(AdRule rule, AdField field, String original, Span at, Locale ui) {
    RuleText text = rule.text(ui);
    return new Finding(
        rule.id(),
        rule.category(),
        rule.severity(),
        field,
        at.start(),
        at.end(),
        original.substring(at.start(), at.end()),
        text.reason(),
        text.suggestion());
  }

  private static void requireAd(AdText ad) {
    if (ad == null) {
      throw new IllegalArgumentException("ad text must not be null");
    }
  }

  /** Lazy holder, so that a check built from custom rules never loads the shipped ones. */
  private static final class Standard {
    static final AdCheck INSTANCE = new AdCheck(RuleSet.standard());
  }
}
