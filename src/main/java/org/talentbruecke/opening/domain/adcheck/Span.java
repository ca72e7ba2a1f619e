package org.talentbruecke.opening.domain.adcheck;

/** A half-open char range [start, end) in some text. */
record Span(int start, int end) {

  Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
