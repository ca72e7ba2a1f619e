package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.PseudonymousHandle;

class HandleDirectoryTest {
  private final PseudonymousHandle handles = new PseudonymousHandle("a-test-key-of-16-chars");

  @Test
  void findsTheAccountBehindEveryHandleAfterGrowing() {
    HandleDirectory directory = new HandleDirectory();
    for (long profile = 1; profile <= 5000; profile++) {
      directory.put(handles.of(profile), 100_000 + profile);
    }
    assertThat(directory.size()).isEqualTo(5000);
    for (long profile = 1; profile <= 5000; profile++) {
      assertThat(directory.accountOf(handles.of(profile))).contains(100_000 + profile);
    }
    assertThat(directory.accountOf(handles.of(5001))).isEmpty();
  }

  @Test
  void aHandleSeenAgainKeepsOneEntryWithTheLatestAccount() {
    HandleDirectory directory = new HandleDirectory();
    directory.put("7F3K-9QXZ", 1);
    directory.put("7F3K-9QXZ", 2);
    assertThat(directory.size()).isEqualTo(1);
    assertThat(directory.accountOf("7F3K-9QXZ")).contains(2L);
  }

  @Test
  void illFormedHandlesAreNeitherStoredNorFound() {
    HandleDirectory directory = new HandleDirectory();
    directory.put("not a handle", 1);
    directory.put("7F3K9QXZ0", 1);
    directory.put("7F3K-9QXU", 1); // U is not in Crockford's alphabet
    assertThat(directory.size()).isZero();
    assertThat(directory.accountOf(null)).isEmpty();
    assertThat(directory.accountOf("7f3k-9qxz")).isEmpty();
  }
}
