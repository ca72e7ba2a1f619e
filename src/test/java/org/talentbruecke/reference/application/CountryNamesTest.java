package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

  @Test
  void containsIsoCodesPlusKosovo() {
    assertThat(CountryNames.codes())
        .hasSizeGreaterThan(240)
        .contains("DE", "SY", "AF", "UA", "ER", CountryNames.KOSOVO);
    assertThat(CountryNames.isKnown("XX")).isFalse();
    assertThat(CountryNames.isKnown("de")).isFalse();
  }

  @Test
  void namesAreLocalised() {
    assertThat(CountryNames.name("SY", Locale.GERMAN)).isEqualTo("Syrien");
    assertThat(CountryNames.name("SY", Locale.ENGLISH)).isEqualTo("Syria");
    assertThat(CountryNames.name("DE", new Locale("tr"))).isEqualTo("Almanya");
    assertThat(CountryNames.name("XK", Locale.GERMAN)).isEqualTo("Kosovo");
    assertThatThrownBy(() -> CountryNames.name("QQ", Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sortsByLocalisedNameWithUmlautsInPlace() {
    List<String> sorted = CountryNames.sortedByName(Locale.GERMAN);
    assertThat(sorted).hasSameSizeAs(CountryNames.codes());
    assertThat(sorted.get(0)).isEqualTo("AF");
    // German collation puts Ägypten next to the other A names, not after Z.
    assertThat(sorted.indexOf("EG")).isLessThan(sorted.indexOf("BE"));
  }
}
