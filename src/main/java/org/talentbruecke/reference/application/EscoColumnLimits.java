package org.talentbruecke.reference.application;

import java.util.Map;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;

/**
 * The column sizes of the reference tables (V3__reference_data.sql). Checked before anything is
 * written, so a too-long value rejects the import instead of failing it half-way or being cut.
 */
public final class EscoColumnLimits {
  public static final int URI = 255;
  public static final int PREFERRED_LABEL = 1000;
  public static final int LABEL_LIST = 16000;
  public static final int DESCRIPTION = 16000;
  public static final int CODE = 40;
  public static final int SHORT_TEXT = 40;

  private EscoColumnLimits() {}

  /** Records an error for every value that would not fit. */
  public static void check(Iterable<EscoConcept> concepts, IssueCollector issues) {
    for (EscoConcept c : concepts) {
      String where = c.type().escoName() + " " + c.uri();
      tooLong(where, "conceptUri", c.uri(), URI, issues);
      tooLong(where, "code", c.code(), CODE, issues);
      tooLong(where, "skillType", c.skillType(), SHORT_TEXT, issues);
      tooLong(where, "reuseLevel", c.reuseLevel(), SHORT_TEXT, issues);
      for (Map.Entry<String, LocalizedLabels> e : c.labels().entrySet()) {
        LocalizedLabels l = e.getValue();
        String lang = " (" + e.getKey() + ")";
        tooLong(where, "preferredLabel" + lang, l.preferredLabel(), PREFERRED_LABEL, issues);
        tooLong(where, "altLabels" + lang, String.join("\n", l.altLabels()), LABEL_LIST, issues);
        tooLong(
            where, "hiddenLabels" + lang, String.join("\n", l.hiddenLabels()), LABEL_LIST, issues);
        tooLong(where, "description" + lang, l.description(), DESCRIPTION, issues);
      }
    }
  }

  private static void tooLong(
      String where, String column, String value, int max, IssueCollector issues) {
    if (value != null && value.length() > max) {
      issues.error(
          where, 0, column + " has " + value.length() + " characters; at most " + max + " fit");
    }
  }
}
