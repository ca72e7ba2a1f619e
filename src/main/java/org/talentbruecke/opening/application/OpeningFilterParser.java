package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.talentbruecke.opening.domain.OpeningFilter;
import org.talentbruecke.opening.domain.OpeningSearch;
import org.talentbruecke.opening.domain.OpeningSort;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.work.WorkingHours;
import org.talentbruecke.shared.application.FieldChecks;

/**
 * Reads the public list's filters from text (query parameters); unknown values are errors, never
 * ignored.
 */
@ApplicationScoped
public class OpeningFilterParser {
  @Inject private Vocabulary vocabulary;
  @Inject private MunicipalityCatalog municipalities;

  public OpeningFilter filter(
      String occupation, String municipality, String hours, String maxGermanLevel) {
    FieldChecks checks = new FieldChecks();
    String job = blankToNull(occupation);
    if (job != null
        && (job.length() > RequirementChecks.MAX_URI
            || !vocabulary.exists(job, ConceptType.OCCUPATION))) {
      checks.add("occupation", "opening.error.unknownConcept");
    }
    String place = blankToNull(municipality);
    if (place != null && !municipalities.isKnown(place)) {
      checks.add("municipality", "opening.error.municipality");
    }
    WorkingHours workingHours = null;
    if (blankToNull(hours) != null) {
      try {
        workingHours = WorkingHours.valueOf(hours.strip());
      } catch (IllegalArgumentException e) {
        checks.add("hours", "opening.error.choice");
      }
    }
    CefrLevel level = null;
    if (blankToNull(maxGermanLevel) != null) {
      level = CefrLevel.byName(maxGermanLevel).orElse(null);
      if (level == null) {
        checks.add("maxGermanLevel", "opening.error.level");
      }
    }
    checks.throwIfAny();
    return new OpeningFilter(job, place, workingHours, level);
  }

  /**
   * The whole request of the public list. Filters are checked as in {@link #filter}; page, order,
   * keyword and the "nearest to" place are forgiving: a page that is no positive number, an unknown
   * order or place fall back to the first page, newest first, so a mangled shared link still shows
   * openings rather than an error.
   */
  public OpeningSearch search(
      String occupation,
      String municipality,
      String hours,
      String maxGermanLevel,
      String keyword,
      String sort,
      String near,
      String page) {
    OpeningFilter filter = filter(occupation, municipality, hours, maxGermanLevel);
    String from = blankToNull(near);
    if (from != null && !municipalities.isKnown(from)) {
      from = null;
    }
    OpeningSort order = sort(sort);
    if (order == OpeningSort.NEAREST && from == null) {
      order = OpeningSort.NEWEST;
    }
    return new OpeningSearch(
        filter,
        keyword(keyword),
        order,
        order == OpeningSort.NEAREST ? from : null,
        page(page),
        OpeningSearch.PAGE_SIZE);
  }

  /** The 1-based page number; anything but a positive whole number is the first page. */
  static int page(String text) {
    String value = blankToNull(text);
    if (value == null || value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(value));
  }

  /** The order by name, case-insensitive; unknown or missing is newest first. */
  static OpeningSort sort(String text) {
    String value = blankToNull(text);
    if (value != null) {
      for (OpeningSort s : OpeningSort.values()) {
        if (s.name().equalsIgnoreCase(value)) {
          return s;
        }
      }
    }
    return OpeningSort.NEWEST;
  }

  /** The keyword without surrounding space, cut to a sensible length; blank searches nothing. */
  static String keyword(String text) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    return value.length() > MAX_KEYWORD ? value.substring(0, MAX_KEYWORD).strip() : value;
  }

  static final int MAX_KEYWORD = 100;

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
