package org.talentbruecke.reference.domain.search;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Which dictionary terms one query word matches, and how well: exactly, as a prefix, or with typing
 * errors.
 */
final class TokenMatches {

  static final int EXACT = 0;
  static final int PREFIX = 1;
  static final int NONE = Integer.MAX_VALUE;

  private static final int[] NO_IDS = new int[0];
  private static final byte[] NO_EDITS = new byte[0];

  private final int exactId;
  private final int prefixStart;
  private final int prefixEnd;
  private final int[] fuzzyIds;
  private final byte[] fuzzyEdits;

  private TokenMatches(
      int exactId, int prefixStart, int prefixEnd, int[] fuzzyIds, byte[] fuzzyEdits) {
    this.exactId = exactId;
    this.prefixStart = prefixStart;
    this.prefixEnd = prefixEnd;
    this.fuzzyIds = fuzzyIds;
    this.fuzzyEdits = fuzzyEdits;
  }

  static TokenMatches of(TermDictionary dictionary, String word) {
    int start = dictionary.lowerBound(word);
    int end = dictionary.prefixEnd(word, start);
    int maxEdits = allowedEdits(word.length());
    if (maxEdits == 0) {
      return new TokenMatches(dictionary.find(word), start, end, NO_IDS, NO_EDITS);
    }
    FuzzyTermSearch.Result fuzzy = FuzzyTermSearch.search(dictionary, word, maxEdits);
    return new TokenMatches(dictionary.find(word), start, end, fuzzy.termIds(), fuzzy.edits());
  }

  /**
   * Short words get no typo tolerance: one edit in a 3-letter word matches too much to be useful.
   */
  static int allowedEdits(int wordLength) {
    if (wordLength >= 8) {
      return 2;
    }
    return wordLength >= 4 ? 1 : 0;
  }

  /** {@link #EXACT}, {@link #PREFIX}, 1 + number of edits for a fuzzy match, or {@link #NONE}. */
  int cost(int termId) {
    if (termId == exactId) {
      return EXACT;
    }
    if (termId >= prefixStart && termId < prefixEnd) {
      return PREFIX;
    }
    int i = Arrays.binarySearch(fuzzyIds, termId);
    return i >= 0 ? 1 + fuzzyEdits[i] : NONE;
  }

  boolean isEmpty() {
    return prefixStart == prefixEnd && fuzzyIds.length == 0;
  }

  /**
   * How many label postings this word would pull in; the query is driven by its most selective
   * word.
   */
  long postingVolume(TermDictionary dictionary) {
    long volume = dictionary.postingCount(prefixStart, prefixEnd);
    for (int id : fuzzyIds) {
      volume += dictionary.postingCount(id, id + 1);
    }
    return volume;
  }

  void forEachTerm(IntConsumer action) {
    for (int id = prefixStart; id < prefixEnd; id++) {
      action.accept(id);
    }
    for (int id : fuzzyIds) {
      action.accept(id);
    }
  }
}
