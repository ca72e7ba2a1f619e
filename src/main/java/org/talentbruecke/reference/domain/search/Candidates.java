package org.talentbruecke.reference.domain.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/** The best-ranked label per concept seen during one search, and the final top-k selection. */
final class Candidates {

  private final long[] keys;
  private final int[] labels;
  private int[] touched = new int[64];
  private int touchedCount;

  Candidates(int conceptCount) {
    this.keys = new long[conceptCount];
    this.labels = new int[conceptCount];
    Arrays.fill(keys, -1L);
  }

  /**
   * Records a label's rank key for its concept if it beats the concept's best so far; negative keys
   * are misses.
   */
  void offer(int concept, int label, long key) {
    if (key < 0 || key <= keys[concept]) {
      return;
    }
    if (keys[concept] < 0) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = concept;
    }
    keys[concept] = key;
    labels[concept] = label;
  }

  long key(int concept) {
    return keys[concept];
  }

  int label(int concept) {
    return labels[concept];
  }

  /**
   * The best concepts, best first; equal keys are ordered by the label shown, so results are
   * stable.
   */
  List<Integer> best(int limit, IntFunction<String> shownLabel) {
    long threshold = threshold(limit);
    List<Integer> selected = new ArrayList<>();
    for (int i = 0; i < touchedCount; i++) {
      if (keys[touched[i]] >= threshold) {
        selected.add(touched[i]);
      }
    }
    Comparator<Integer> byKey = Comparator.comparingLong((Integer c) -> keys[c]).reversed();
    selected.sort(byKey.thenComparing(shownLabel::apply).thenComparing(c -> c));
    return selected.subList(0, Math.min(limit, selected.size()));
  }

  /**
   * The key of the limit-th best concept: a primitive sort of keys avoids boxing tens of thousands
   * of candidates.
   */
  private long threshold(int limit) {
    if (touchedCount <= limit) {
      return Long.MIN_VALUE;
    }
    long[] sorted = new long[touchedCount];
    for (int i = 0; i < touchedCount; i++) {
      sorted[i] = keys[touched[i]];
    }
    Arrays.sort(sorted);
    return sorted[touchedCount - limit];
  }
}
