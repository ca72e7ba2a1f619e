package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The asked-for side of a ranking is read once, and again after a change or when too old. */
class RecentReadsTest {
  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger reads = new AtomicInteger();
  private final RecentReads<Long, String> reads100 = new RecentReads<>(100, 10, now::get);

  private String read(Long id) {
    return id + "#" + reads.incrementAndGet();
  }

  @Test
  void aSecondRequestUsesWhatTheFirstRead() {
    assertThat(reads100.get(7L, this::read)).isEqualTo("7#1");
    now.set(99);
    assertThat(reads100.get(7L, this::read)).isEqualTo("7#1");
    assertThat(reads.get()).isEqualTo(1);
  }

  @Test
  void aChangeOrAgeMeansReadingAgain() {
    reads100.get(7L, this::read);
    reads100.changed(7L);
    assertThat(reads100.get(7L, this::read)).isEqualTo("7#2");
    now.set(100);
    assertThat(reads100.get(7L, this::read)).isEqualTo("7#3");
    reads100.clear();
    assertThat(reads100.get(7L, this::read)).isEqualTo("7#4");
  }

  @Test
  void aReadOverlappingAChangeIsNotKept() {
    // The change commits while the value is being read: what was read may be the old state.
    reads100.get(
        7L,
        id -> {
          reads100.changed(id);
          return read(id);
        });
    assertThat(reads100.get(7L, this::read)).isEqualTo("7#2");
  }
}
