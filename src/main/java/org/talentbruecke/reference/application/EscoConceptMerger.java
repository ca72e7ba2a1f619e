package org.talentbruecke.reference.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;

/**
 * Merges per-language concept rows into one concept per URI.
 *
 * <p>ESCO repeats language-neutral fields (skill type, ISCO code, ...) in every language file, and
 * a region may mix files of different ESCO versions; for each such field the non-empty value of the
 * row with the newest {@code modifiedDate} wins, and a disagreement is reported as a warning rather
 * than silently hidden.
 */
public final class EscoConceptMerger {

  private final IssueCollector issues;
  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  public EscoConceptMerger(IssueCollector issues) {
    this.issues = issues;
  }

  public void add(EscoConceptRow row) {
    Draft draft = drafts.get(row.uri());
    if (draft == null) {
      drafts.put(row.uri(), new Draft(row));
      return;
    }
    if (draft.type != row.type()) {
      issues.error(
          row.sourceFile(),
          row.line(),
          "concept "
              + row.uri()
              + " is a "
              + row.type().escoName()
              + " here but a "
              + draft.type.escoName()
              + " in "
              + draft.firstFile);
      return;
    }
    draft.merge(row, issues);
  }

  public int size() {
    return drafts.size();
  }

  public Map<String, EscoConcept> build() {
    Map<String, EscoConcept> concepts = new LinkedHashMap<>(drafts.size() * 2);
    drafts.forEach((uri, draft) -> concepts.put(uri, draft.toConcept(uri)));
    return concepts;
  }

  /** Mutable state for one URI while rows are still arriving. */
  private static final class Draft {
    private final ConceptType type;
    private final String firstFile;
    private final Map<String, LocalizedLabels> labels = new TreeMap<>();
    private final Map<String, String> labelDates = new TreeMap<>();
    private final Field skillType = new Field("skillType");
    private final Field reuseLevel = new Field("reuseLevel");
    private final Field code = new Field("code");
    private final Field iscoGroup = new Field("iscoGroup");
    private final Field status = new Field("status");
    private final Field regulated = new Field("regulatedProfessionNote");
    private String newestDate = "";

    Draft(EscoConceptRow row) {
      this.type = row.type();
      this.firstFile = row.sourceFile();
      merge(row, null);
    }

    void merge(EscoConceptRow row, IssueCollector issues) {
      String date = row.modifiedDate();
      skillType.offer(row.skillType(), date, row, issues);
      reuseLevel.offer(row.reuseLevel(), date, row, issues);
      code.offer(row.code(), date, row, issues);
      iscoGroup.offer(row.iscoGroupCode(), date, row, issues);
      status.offer(row.status(), date, row, issues);
      regulated.offer(row.regulatedProfessionNote(), date, row, issues);
      if (date.compareTo(newestDate) > 0) {
        newestDate = date;
      }
      if (row.labels() == null) {
        return;
      }
      String language = row.language();
      String previousDate = labelDates.get(language);
      if (previousDate != null && issues != null) {
        issues.warning(
            row.sourceFile(),
            row.line(),
            "duplicate "
                + language
                + " row for "
                + row.uri()
                + "; keeping the one with the newest modifiedDate");
      }
      if (previousDate == null || date.compareTo(previousDate) > 0) {
        labels.put(language, row.labels());
        labelDates.put(language, date);
      }
    }

    EscoConcept toConcept(String uri) {
      return new EscoConcept(
          uri,
          type,
          labels,
          skillType.value,
          reuseLevel.value,
          code.value,
          iscoGroup.value,
          status.value,
          newestDate,
          regulated.value);
    }
  }

  /** One language-neutral field with the date of the row that supplied it. */
  private static final class Field {
    private final String name;
    private String value = "";
    private String date = "";

    Field(String name) {
      this.name = name;
    }

    void offer(String candidate, String candidateDate, EscoConceptRow row, IssueCollector issues) {
      if (candidate == null || candidate.isEmpty()) {
        return;
      }
      if (value.isEmpty()) {
        value = candidate;
        date = candidateDate;
        return;
      }
      if (value.equals(candidate)) {
        return;
      }
      boolean newer = candidateDate.compareTo(date) > 0;
      if (issues != null) {
        issues.warning(
            row.sourceFile(),
            row.line(),
            name
                + " of "
                + row.uri()
                + " is '"
                + candidate
                + "' here but '"
                + value
                + "' elsewhere; keeping '"
                + (newer ? candidate : value)
                + "' (newest modifiedDate)");
      }
      if (newer) {
        value = candidate;
        date = candidateDate;
      }
    }
  }
}
