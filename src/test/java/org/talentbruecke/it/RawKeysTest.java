package org.talentbruecke.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The raw-key detector of the browser tests finds keys and nothing else. */
class RawKeysTest {
  @Test
  void findsKeysOfTheBundleAndFacesMissingKeyMarkers() {
    assertThat(RawKeys.in("Start nav.home Mein Profil\nhome.cta.seeker."))
        .containsExactly("home.cta.seeker", "nav.home");
    assertThat(RawKeys.in("Fehler: ???opening.nothing???"))
        .containsExactly("???opening.nothing???");
  }

  @Test
  void ordinaryTextIsNoKey() {
    assertThat(
            RawKeys.in(
                "Schreiben Sie an name@example.com oder besuchen Sie hannover.de. Version 1.2 ist da."))
        .isEmpty();
  }
}
