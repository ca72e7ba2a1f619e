package org.talentbruecke.matching.application;

import java.util.Arrays;

/** A small open-addressing map from non-negative int keys to long values (0 when absent). */
final class IntLongMap {
  private int[] keys;
  private long[] values;
  private int size;

  IntLongMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new int[capacity];
    Arrays.fill(keys, -1);
    values = new long[capacity];
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  long get(int key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == -1) {
        return 0;
      }
    }
  }

  /** Combines the stored value with the given one by bitwise or. */
  void or(int key, long value) {
    put(key, get(key) | value);
  }

  void put(int key, long value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      if (keys[i] == -1) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    long[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    Arrays.fill(keys, -1);
    values = new long[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != -1) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
