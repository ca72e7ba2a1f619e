package org.talentbruecke.opening.domain;

/** The orders the public list of openings can be shown in. */
public enum OpeningSort {
  /** Most recently published first. */
  NEWEST,
  /** Earliest expiry first; openings without an expiry date come last. */
  CLOSING_SOON,
  /** Nearest to a chosen municipality first; openings without a place come last. */
  NEAREST
}
