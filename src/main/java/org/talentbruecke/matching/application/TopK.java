package org.talentbruecke.matching.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Keeps the best k entries: higher key first, then the smaller tie-break text. */
final class TopK {
  record Entry(long key, String tieBreak, Object item) {}

  private static final Comparator<Entry> BEST_FIRST =
      Comparator.comparingLong(Entry::key).reversed().thenComparing(Entry::tieBreak);

  private final int k;
  private final PriorityQueue<Entry> worstFirst;

  TopK(int k) {
    this.k = k;
    this.worstFirst = new PriorityQueue<>(Math.max(1, k), BEST_FIRST.reversed());
  }

  /** False when an entry with this key is certainly not among the best k (no tie-break read). */
  boolean mayTake(long key) {
    return k > 0 && (worstFirst.size() < k || key >= worstFirst.peek().key());
  }

  void offer(long key, String tieBreak, Object item) {
    if (k == 0) {
      return;
    }
    if (worstFirst.size() < k) {
      worstFirst.add(new Entry(key, tieBreak, item));
      return;
    }
    Entry worst = worstFirst.peek();
    if (key > worst.key() || (key == worst.key() && tieBreak.compareTo(worst.tieBreak()) < 0)) {
      worstFirst.poll();
      worstFirst.add(new Entry(key, tieBreak, item));
    }
  }

  List<Entry> sortedFrom(int offset) {
    List<Entry> all = new ArrayList<>(worstFirst);
    all.sort(BEST_FIRST);
    return offset >= all.size() ? List.of() : all.subList(offset, all.size());
  }
}
