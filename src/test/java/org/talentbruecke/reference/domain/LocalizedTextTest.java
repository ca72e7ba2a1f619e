package org.talentbruecke.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private final LocalizedText five =
      new LocalizedText("Hallo", "Hello", Map.of("ar", "مرحبًا", "uk", "Привіт", "tr", "Merhaba"));

  @Test
  void eachInterfaceLanguageGetsItsOwnText() {
    assertThat(five.in(Locale.GERMAN)).isEqualTo("Hallo");
    assertThat(five.in(Locale.GERMANY)).isEqualTo("Hallo");
    assertThat(five.in(new Locale("de", "AT"))).isEqualTo("Hallo");
    assertThat(five.in(Locale.ENGLISH)).isEqualTo("Hello");
    assertThat(five.in(new Locale("ar"))).isEqualTo("مرحبًا");
    assertThat(five.in(Locale.forLanguageTag("ar-SY"))).isEqualTo("مرحبًا");
    assertThat(five.in(new Locale("uk", "UA"))).isEqualTo("Привіт");
    assertThat(five.in(new Locale("tr"))).isEqualTo("Merhaba");
  }

  @Test
  void aLanguageWithoutTranslationFallsBackToEnglish() {
    assertThat(five.in(Locale.FRENCH)).isEqualTo("Hello");
    assertThat(five.in(Locale.ROOT)).isEqualTo("Hello");
  }

  @Test
  void theTwoLanguageConstructorStillWorksAndFallsBackToEnglish() {
    LocalizedText text = new LocalizedText("Hallo", "Hello");
    assertThat(text.translations()).isEmpty();
    assertThat(text.in(new Locale("ar"))).isEqualTo("Hello");
    assertThat(text.in(Locale.GERMAN)).isEqualTo("Hallo");
    assertThat(text).isEqualTo(new LocalizedText("Hallo", "Hello", Map.of()));
  }

  @Test
  void exactlyDoesNotFallBack() {
    assertThat(five.exactly("de")).contains("Hallo");
    assertThat(five.exactly("en")).contains("Hello");
    assertThat(five.exactly("uk")).contains("Привіт");
    assertThat(new LocalizedText("Hallo", "Hello").exactly("uk")).isEmpty();
  }

  @Test
  void germanAndEnglishStayMandatoryAndTranslationsMustNotBeBlank() {
    assertThatThrownBy(() -> new LocalizedText(" ", "Hello")).hasMessageContaining("de");
    assertThatThrownBy(() -> new LocalizedText("Hallo", null, Map.of())).hasMessageContaining("en");
    assertThatThrownBy(() -> new LocalizedText("Hallo", "Hello", Map.of("ar", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ar");
    assertThatThrownBy(() -> new LocalizedText("Hallo", "Hello", Map.of("de", "Servus")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LocalizedText("Hallo", "Hello", Map.of("Arabic", "مرحبًا")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void translationsAreCopiedSoLaterChangesDoNotLeakIn() {
    Map<String, String> map = new HashMap<>(Map.of("tr", "Merhaba"));
    LocalizedText text = new LocalizedText("Hallo", "Hello", map);
    map.put("tr", "Selam");
    assertThat(text.in(new Locale("tr"))).isEqualTo("Merhaba");
    assertThatThrownBy(() -> text.translations().put("ar", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void placeholdersAreFoundOnceEach() {
    assertThat(LocalizedText.placeholders("{body}: {measure}, {body}"))
        .containsExactly("{body}", "{measure}");
    assertThat(LocalizedText.placeholders("H+/- {x")).isEmpty();
  }
}
