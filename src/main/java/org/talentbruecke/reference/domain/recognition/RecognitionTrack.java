package org.talentbruecke.reference.domain.recognition;

/**
 * The kind of procedure a qualification goes through, which decides what the next steps look like.
 */
public enum RecognitionTrack {
  /** Permission or title procedure for a regulated profession. */
  REGULATED,
  /** Optional equivalence procedure for a non-regulated vocational qualification (BQFG). */
  VOCATIONAL,
  /** Statement of comparability for a university degree in a non-regulated profession (ZAB). */
  ACADEMIC,
  /** A licence from its own authority, outside the recognition law (see Regulation.LICENCE). */
  LICENSED
}
