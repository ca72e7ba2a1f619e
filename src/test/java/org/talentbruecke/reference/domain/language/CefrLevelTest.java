package org.talentbruecke.reference.domain.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CefrLevelTest {

  @Test
  void declarationOrderIsProficiencyOrder() {
    assertThat(Arrays.asList(CefrLevel.values()))
        .containsExactly(
            CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1, CefrLevel.C2);
    assertThat(List.of(CefrLevel.C1, CefrLevel.A2, CefrLevel.B2).stream().sorted().toList())
        .containsExactly(CefrLevel.A2, CefrLevel.B2, CefrLevel.C1);
  }

  @Test
  void compareHelpers() {
    assertThat(CefrLevel.B2.isAtLeast(CefrLevel.B2)).isTrue();
    assertThat(CefrLevel.B2.isAtLeast(CefrLevel.B1)).isTrue();
    assertThat(CefrLevel.B1.isAtLeast(CefrLevel.B2)).isFalse();
    assertThat(CefrLevel.C1.isAbove(CefrLevel.B2)).isTrue();
    assertThat(CefrLevel.A2.isBelow(CefrLevel.B1)).isTrue();
    assertThat(CefrLevel.A1.stepsTo(CefrLevel.B2)).isEqualTo(3);
    assertThat(CefrLevel.C2.stepsTo(CefrLevel.C1)).isEqualTo(-1);
    assertThat(CefrLevel.max(CefrLevel.B1, CefrLevel.A2)).isEqualTo(CefrLevel.B1);
    assertThat(CefrLevel.min(CefrLevel.B1, CefrLevel.A2)).isEqualTo(CefrLevel.A2);
  }

  @Test
  void nextAndPreviousStopAtTheEnds() {
    assertThat(CefrLevel.B1.next()).contains(CefrLevel.B2);
    assertThat(CefrLevel.C2.next()).isEmpty();
    assertThat(CefrLevel.B1.previous()).contains(CefrLevel.A2);
    assertThat(CefrLevel.A1.previous()).isEmpty();
    assertThat(CefrLevel.B2.band()).isEqualTo('B');
  }

  @Test
  void parsesLenientlyAndRoundsSubLevelsDown() {
    assertThat(CefrLevel.parse(" b2 ")).isEqualTo(CefrLevel.B2);
    assertThat(CefrLevel.parse("B2.1")).isEqualTo(CefrLevel.B2);
    assertThat(CefrLevel.parse("C1")).isEqualTo(CefrLevel.C1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "B", "B3", "D1", "B22", "A1+"})
  void rejectsWhatIsNotALevel(String text) {
    assertThatThrownBy(() -> CefrLevel.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void byNameReadsExactlyAWholeLevel() {
    assertThat(CefrLevel.byName(" b1 ")).contains(CefrLevel.B1);
    assertThat(CefrLevel.byName("C2")).contains(CefrLevel.C2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "B2.1", "B3", "A1+", "Deutsch"})
  void byNameIsEmptyForAnythingElse(String text) {
    assertThat(CefrLevel.byName(text)).isEmpty();
  }

  @Test
  void byNameIsEmptyForNull() {
    assertThat(CefrLevel.byName(null)).isEmpty();
  }
}
