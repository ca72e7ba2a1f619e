package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A maximum-size ad built from one fragment repeated must finish quickly. The fragments are the
 * worst cases for the patterns: one endless word, hyphen chains, partial phrases that start a match
 * on every word but never complete it, and real findings thousands of times over.
 */
class PerformanceTest {

  /**
   * A guard against catastrophic backtracking, not a speed target (that is measured in
   * docs/PERFORMANCE.md): such a pattern takes hours on 100 KB, while a loaded two-core CI machine
   * needed more than 5 s for a healthy one.
   */
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @BeforeAll
  static void loadRulesOutsideTheTimedPart() {
    AdCheck.standard().check(new AdText("Koch (m/w/d)", "warm-up", "de"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a", "a-", "junges ", "Deutsch ", "Muttersprachler ", "sehr gute Deutschkenntnisse ",
        "zwischen 25 und ", "mit und ohne ", "Bewerbung, ", "Wir suchen eine ", "young, ", "25-",
        "(m/w/", "Sie sind ", "Verkäuferin ", "\u00AD"
      })
  void maximumSizeAdFinishesQuickly(String fragment) {
    String description =
        fragment
            .repeat(AdText.MAX_DESCRIPTION_LENGTH / fragment.length() + 1)
            .substring(0, AdText.MAX_DESCRIPTION_LENGTH);
    AdText ad = new AdText("Lagerarbeiter ".repeat(35), description, null);

    List<Finding> findings = assertTimeoutPreemptively(LIMIT, () -> AdCheck.standard().check(ad));

    assertThat(findings)
        .allSatisfy(
            f ->
                assertThat(ad.text(f.field()).substring(f.start(), f.end())).isEqualTo(f.phrase()));
  }
}
