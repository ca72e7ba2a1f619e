package org.talentbruecke.matching.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What a ranking request reads from the other contexts for the side it asks about (the job seeker's
 * own profile, the opening), kept for a short while so that repeated requests do not read and
 * assemble it again. An entry is dropped when its id changes (the same events that keep the index
 * current) and in any case after {@code maxAgeNanos}, so whatever no event reports (an opening
 * running out, a new day) is at most that old.
 *
 * <p>A read that overlaps a change is not kept: the value read may predate the change.
 */
final class RecentReads<K, V> {
  private record Entry<V>(V value, long readAt) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong changes = new AtomicLong();
  private final long maxAgeNanos;
  private final int maxEntries;
  private final LongSupplier clock;

  RecentReads(long maxAgeNanos, int maxEntries, LongSupplier nanoClock) {
    this.maxAgeNanos = maxAgeNanos;
    this.maxEntries = maxEntries;
    this.clock = nanoClock;
  }

  /** The value kept for the id, or the one {@code read} gives (kept unless a change overlapped). */
  V get(K id, Function<K, V> read) {
    long now = clock.getAsLong();
    Entry<V> entry = entries.get(id);
    if (entry != null && now - entry.readAt() < maxAgeNanos) {
      return entry.value();
    }
    long before = changes.get();
    V value = read.apply(id);
    if (changes.get() == before) {
      if (entries.size() >= maxEntries) {
        entries.clear(); // rare (more distinct callers than kept within the age): start afresh
      }
      Entry<V> kept = new Entry<>(value, now);
      entries.put(id, kept);
      if (changes.get() != before) {
        entries.remove(id, kept); // a change came between the check and the put
      }
    }
    return value;
  }

  /** The id changed: read it again next time. */
  void changed(K id) {
    changes.incrementAndGet();
    entries.remove(id);
  }

  /** Everything may have changed (an erasure, a rebuild). */
  void clear() {
    changes.incrementAndGet();
    entries.clear();
  }
}
