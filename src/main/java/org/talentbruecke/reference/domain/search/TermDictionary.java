package org.talentbruecke.reference.domain.search;

import java.util.Arrays;

/**
 * The sorted list of distinct folded words with, for each, the ids of the labels containing it.
 * Sorting makes all words with a given prefix a contiguous range, which serves both prefix search
 * and the fuzzy walk.
 */
final class TermDictionary {

  private final String[] terms;
  private final int[] postingStart;
  private final int[] postings;

  TermDictionary(String[] terms, int[] postingStart, int[] postings) {
    this.terms = terms;
    this.postingStart = postingStart;
    this.postings = postings;
  }

  int size() {
    return terms.length;
  }

  String term(int id) {
    return terms[id];
  }

  String[] terms() {
    return terms;
  }

  /** Id of the exact term, or -1. */
  int find(String term) {
    int i = Arrays.binarySearch(terms, term);
    return i >= 0 ? i : -1;
  }

  /** First id whose term is not less than the given text. */
  int lowerBound(String text) {
    int i = Arrays.binarySearch(terms, text);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * One past the last id whose term starts with the prefix (given the range starts at {@code
   * from}).
   */
  int prefixEnd(String prefix, int from) {
    int lo = from;
    int hi = terms.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (terms[mid].startsWith(prefix)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int postingCount(int fromTerm, int toTerm) {
    return postingStart[toTerm] - postingStart[fromTerm];
  }

  int postingStart(int term) {
    return postingStart[term];
  }

  int postingEnd(int term) {
    return postingStart[term + 1];
  }

  int posting(int index) {
    return postings[index];
  }

  long estimatedBytes() {
    long bytes = 16L + 4L * terms.length + 4L * postingStart.length + 4L * postings.length;
    for (String term : terms) {
      bytes += 40 + term.length();
    }
    return bytes;
  }
}
