package org.talentbruecke.reference.domain.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds dictionary terms that begin with something within a few typing errors of a query word
 * (insertions, deletions, substitutions and swapped neighbours each count one). It walks the sorted
 * term list as if it were a trie, carrying one edit-distance row per prefix and abandoning a branch
 * as soon as no row entry is within the limit, so only a small part of the dictionary is ever
 * looked at.
 */
final class FuzzyTermSearch {

  private final String[] terms;
  private final String query;
  private final int length;
  private final int maxEdits;
  private final Map<Integer, Integer> edits = new HashMap<>();

  private FuzzyTermSearch(String[] terms, String query, int maxEdits) {
    this.terms = terms;
    this.query = query;
    this.length = query.length();
    this.maxEdits = maxEdits;
  }

  /**
   * Terms whose best-matching prefix is 1 to {@code maxEdits} edits away from the query; terms that
   * start with the query itself (0 edits) are left to the prefix range.
   *
   * @return sorted term ids and, at the same index, their edit counts
   */
  static Result search(TermDictionary dictionary, String query, int maxEdits) {
    FuzzyTermSearch search = new FuzzyTermSearch(dictionary.terms(), query, maxEdits);
    int[] first = new int[query.length() + 1];
    for (int i = 0; i < first.length; i++) {
      first[i] = i;
    }
    search.walk(0, search.terms.length, 0, first, null, '\0');
    // shorter prefixes of the query paint its own prefix range too; those terms are exact prefix
    // matches
    int prefixStart = dictionary.lowerBound(query);
    int prefixEnd = dictionary.prefixEnd(query, prefixStart);
    search.edits.keySet().removeIf(id -> id >= prefixStart && id < prefixEnd);
    int[] ids = search.edits.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    byte[] counts = new byte[ids.length];
    for (int i = 0; i < ids.length; i++) {
      counts[i] = search.edits.get(ids[i]).byteValue();
    }
    return new Result(ids, counts);
  }

  private void walk(int lo, int hi, int depth, int[] row, int[] previousRow, char previousChar) {
    int distance = row[length];
    if (distance == 0) {
      return;
    }
    if (distance <= maxEdits) {
      for (int term = lo; term < hi; term++) {
        edits.merge(term, distance, Math::min);
      }
    }
    int start = lo;
    while (start < hi && terms[start].length() == depth) {
      start++;
    }
    while (start < hi) {
      char c = terms[start].charAt(depth);
      int end = groupEnd(start, hi, depth, c);
      int[] next = nextRow(row, previousRow, previousChar, c);
      if (min(next) <= maxEdits) {
        walk(start, end, depth + 1, next, row, c);
      }
      start = end;
    }
  }

  private int[] nextRow(int[] row, int[] previousRow, char previousChar, char c) {
    int[] next = new int[length + 1];
    next[0] = row[0] + 1;
    for (int i = 1; i <= length; i++) {
      char q = query.charAt(i - 1);
      int value = Math.min(Math.min(row[i] + 1, next[i - 1] + 1), row[i - 1] + (q == c ? 0 : 1));
      if (previousRow != null && i > 1 && q == previousChar && query.charAt(i - 2) == c) {
        value = Math.min(value, previousRow[i - 2] + 1);
      }
      next[i] = value;
    }
    return next;
  }

  /** End of the run of terms in [from, hi) that have character c at position depth. */
  private int groupEnd(int from, int hi, int depth, char c) {
    int lo = from;
    int high = hi;
    while (lo < high) {
      int mid = (lo + high) >>> 1;
      if (terms[mid].charAt(depth) <= c) {
        lo = mid + 1;
      } else {
        high = mid;
      }
    }
    return lo;
  }

  private static int min(int[] row) {
    return Arrays.stream(row).min().orElse(Integer.MAX_VALUE);
  }

  /**
   * Fuzzy matches of one query word.
   *
   * @param termIds sorted ids of matching terms
   * @param edits edit count for the term id at the same index
   */
  record Result(int[] termIds, byte[] edits) {}
}
