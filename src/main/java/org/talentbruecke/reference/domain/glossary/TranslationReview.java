package org.talentbruecke.reference.domain.glossary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the texts of one interface language have been reviewed by a native-speaking counsellor.
 * Until then they are machine-assisted and must be shown as such.
 *
 * @param language ISO 639-1 code
 * @param reviewer who reviewed the texts (name and role), absent while not reviewed
 * @param reviewedOn when, absent while not reviewed
 * @param scope what was reviewed, e.g. a commit or "all texts"; may be empty
 */
public record TranslationReview(
    String language, Optional<String> reviewer, Optional<LocalDate> reviewedOn, String scope) {

  public TranslationReview {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(reviewedOn, "reviewedOn");
    Objects.requireNonNull(scope, "scope");
    if (reviewer.isPresent() != reviewedOn.isPresent()) {
      throw new IllegalArgumentException(
          language + ": a review needs both the reviewer and the date, or neither");
    }
  }

  /** True once a native-speaking counsellor has signed the texts off. */
  public boolean reviewed() {
    return reviewer.isPresent();
  }
}
