package org.talentbruecke.reference.domain.search;

/** How a hit's best label matched the query, from best to weakest. */
public enum MatchKind {
  /** The whole label is the query (after folding case, umlauts and punctuation). */
  EXACT,
  /** The label starts with the query; the last word may be incomplete, as while typing. */
  PREFIX,
  /** Every query word is a word (or word start) of the label, in any order. */
  WORDS,
  /** Every query word matched, at least one only with a typing error. */
  FUZZY
}
