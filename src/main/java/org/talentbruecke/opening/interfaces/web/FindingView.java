package org.talentbruecke.opening.interfaces.web;

import java.io.Serializable;
import java.util.Locale;
import org.talentbruecke.opening.domain.adcheck.Finding;

/** One fair job-ad finding as the pages show it (Faces 4 EL cannot read record accessors). */
public final class FindingView implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String phrase;
  private final String reason;
  private final String suggestion;

  FindingView(Finding f) {
    this.field = f.field().name().toLowerCase(Locale.ROOT);
    this.phrase = f.phrase();
    this.reason = f.reason();
    this.suggestion = f.suggestion();
  }

  /** "title" or "description", for the label of the field the words stand in. */
  public String getField() {
    return field;
  }

  public String getPhrase() {
    return phrase;
  }

  public String getReason() {
    return reason;
  }

  public String getSuggestion() {
    return suggestion;
  }
}
