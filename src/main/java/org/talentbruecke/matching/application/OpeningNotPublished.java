package org.talentbruecke.matching.application;

/** Candidates are ranked only for published openings; a draft or closed one has none. */
public class OpeningNotPublished extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OpeningNotPublished(String status) {
    super("The opening is " + status + "; candidates are ranked only for published openings.");
  }

  static OpeningNotPublished of(OpeningSource.OpeningFacts opening) {
    // Published yet not visible means the runtime ran out.
    return new OpeningNotPublished(
        "PUBLISHED".equals(opening.status()) ? "EXPIRED" : opening.status());
  }
}
