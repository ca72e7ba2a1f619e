package org.talentbruecke.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

  @Test
  void zeroWidthCharactersDisappear() {
    assertThat(VisibleText.normalise("Bäcke\u200Brei\u200C Mül\u200Dler\u2060\uFEFF"))
        .isEqualTo("Bäckerei Müller");
  }

  @Test
  void bidiControlsDisappearSoANameCannotRenderReversed() {
    // RLO … PDF would show "GmbH Müller" reversed; isolates and marks are gone too.
    assertThat(VisibleText.normalise("\u202EHbmG relleM\u202C")).isEqualTo("HbmG relleM");
    assertThat(VisibleText.normalise("\u2067Ayşe\u2069 \u200EDemir\u200F\u061C"))
        .isEqualTo("Ayşe Demir");
    assertThat(VisibleText.normalise("A\u202AB\u202BC\u202DD\u2066E\u2068F")).isEqualTo("ABCDEF");
  }

  @Test
  void compatibilityFormsBecomeThePlainLetters() {
    assertThat(VisibleText.normalise("ＧｍｂＨ")).isEqualTo("GmbH"); // full width
    assertThat(VisibleText.normalise("ﬁrma")).isEqualTo("firma"); // ligature
    assertThat(VisibleText.normalise("Mu\u0308ller")).isEqualTo("Müller"); // composed
  }

  @Test
  void whiteSpaceAndControlsCollapseToOneSpace() {
    assertThat(VisibleText.normalise("  Pflege\u00A0\u00A0 Dienst\t\nNord\u0007  "))
        .isEqualTo("Pflege Dienst Nord");
  }

  @Test
  void arabicAndCyrillicLettersStay() {
    assertThat(VisibleText.normalise("مخبز الشام")).isEqualTo("مخبز الشام");
    assertThat(VisibleText.normalise("Пекарня Київ")).isEqualTo("Пекарня Київ");
    assertThat(VisibleText.isNormalised("مخبز الشام")).isTrue();
    assertThat(VisibleText.isNormalised("a\u200Bb")).isFalse();
    assertThat(VisibleText.normalise(null)).isNull();
  }
}
