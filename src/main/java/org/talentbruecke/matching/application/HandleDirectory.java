package org.talentbruecke.matching.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which account a pseudonymous handle stands for, for staff who need to know who a candidate is.
 * The handle is a keyed hash of the profile id and cannot be reversed, so the map is kept while the
 * handles are made. It stays small: the 40 bits of a handle and the account id in two
 * open-addressed {@code long} arrays, about 40 bytes per job seeker (4 MB for 100,000).
 *
 * <p>Thread-safe: every method is synchronized. Staff look up a page of handles at a time and the
 * index build adds each profile once, so contention does not matter here.
 */
public final class HandleDirectory {
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final long EMPTY = -1;

  private long[] keys = new long[1 << 10];
  private long[] values = new long[1 << 10];
  private int size;

  public HandleDirectory() {
    Arrays.fill(keys, EMPTY);
  }

  /** Notes the account behind a handle ("7F3K-9QXZ"); an ill-formed handle is ignored. */
  public synchronized void put(String handle, long accountId) {
    long key = code(handle);
    if (key < 0) {
      return;
    }
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int slot = slot(key, keys);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      size++;
    }
    values[slot] = accountId;
  }

  public synchronized Optional<Long> accountOf(String handle) {
    long key = code(handle);
    if (key < 0) {
      return Optional.empty();
    }
    int slot = slot(key, keys);
    return keys[slot] == EMPTY ? Optional.empty() : Optional.of(values[slot]);
  }

  public synchronized int size() {
    return size;
  }

  private static int slot(long key, long[] table) {
    int mask = table.length - 1;
    int i = (int) (key ^ (key >>> 20)) * 0x9E3779B9 & mask;
    while (table[i] != EMPTY && table[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i], keys);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** The 40 bits of a handle, or -1 when it is not one. */
  static long code(String handle) {
    if (handle == null || handle.length() != 9 || handle.charAt(4) != '-') {
      return -1;
    }
    long bits = 0;
    for (int i = 0; i < 9; i++) {
      if (i == 4) {
        continue;
      }
      int v = ALPHABET.indexOf(handle.charAt(i));
      if (v < 0) {
        return -1;
      }
      bits = bits << 5 | v;
    }
    return bits;
  }
}
