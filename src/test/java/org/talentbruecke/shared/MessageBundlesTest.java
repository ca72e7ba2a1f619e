package org.talentbruecke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentbruecke.shared.interfaces.web.Messages;

/**
 * Every interface language has every text, and every text a page asks for exists. German is the
 * reference: a key added there must be added to every other bundle, or this test fails.
 */
class MessageBundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      assertThat(in).as(name + ".properties").isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** Every supported language other than German, straight from Messages.SUPPORTED. */
  static Stream<String> translations() {
    return Messages.SUPPORTED.stream().map(Locale::getLanguage).filter(l -> !l.equals("de"));
  }

  @Test
  void allFiveInterfaceLanguagesAreSupported() {
    assertThat(Messages.SUPPORTED.stream().map(Locale::getLanguage))
        .containsExactly("de", "en", "ar", "uk", "tr");
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyLanguageHasExactlyTheGermanMessageKeys(String language) throws IOException {
    assertSameKeysAsGerman("messages", language);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyLanguageHasExactlyTheGermanFacesMessageKeys(String language) throws IOException {
    assertSameKeysAsGerman("faces", language);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void translationsKeepThePlaceholdersAndNeverUseAQuoteThatMessageFormatWouldSwallow(
      String language) throws IOException {
    for (String bundle : new String[] {"messages", "faces"}) {
      Properties german = load(bundle + "_de");
      Properties other = load(bundle + "_" + language);
      for (String key : german.stringPropertyNames()) {
        String text = other.getProperty(key, "");
        assertThat(placeholders(text))
            .as(language + ":" + key)
            .isEqualTo(placeholders(german.getProperty(key)));
        if (!placeholders(text).isEmpty()) {
          assertThat(text)
              .as(language + ":" + key + " has arguments; write ’ instead of '")
              .doesNotContain("'");
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("translations")
  void translationsAreNotGermanCopies(String language) throws IOException {
    Properties german = load("messages_de");
    Properties other = load("messages_" + language);
    Set<String> copied = new TreeSet<>();
    for (String key : german.stringPropertyNames()) {
      String text = german.getProperty(key);
      if (text.equals(other.getProperty(key)) && text.matches(".*\\p{L}{4,}.*\\s.*")) {
        copied.add(key);
      }
    }
    assertThat(copied).as("texts of " + language + " identical to German").isEmpty();
  }

  @Test
  void arabicUkrainianAndTurkishTextsAreWrittenInTheirScripts() throws IOException {
    assertThat(load("messages_ar").getProperty("home.heading")).containsPattern("\\p{IsArabic}");
    assertThat(load("messages_uk").getProperty("home.heading")).containsPattern("\\p{IsCyrillic}");
    assertThat(load("messages_tr").getProperty("nav.skip")).contains("İ");
  }

  @Test
  void everyKeyUsedInAPageExists() throws IOException {
    Set<String> german = load("messages_de").stringPropertyNames();
    Pattern use = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = use.matcher(Files.readString(page));
        while (m.find()) {
          if (!german.contains(m.group(1))) {
            missing.add(page + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void formatsWithArgumentsAndFallsBackToGerman() {
    assertThat(Messages.format(Locale.ENGLISH, "validation.tooLong", 200))
        .isEqualTo("Please use at most 200 characters.");
    assertThat(Messages.format(Locale.forLanguageTag("uk"), "staff.verified", "Пекарня"))
        .isEqualTo("Підприємство «Пекарня» тепер перевірено.");
    assertThat(Messages.format(Locale.CHINESE, "validation.required"))
        .isEqualTo("Bitte füllen Sie dieses Feld aus.");
  }

  private static void assertSameKeysAsGerman(String bundle, String language) throws IOException {
    Properties german = load(bundle + "_de");
    Properties other = load(bundle + "_" + language);
    Set<String> missing = new TreeSet<>(german.stringPropertyNames());
    missing.removeAll(other.stringPropertyNames());
    Set<String> extra = new TreeSet<>(other.stringPropertyNames());
    extra.removeAll(german.stringPropertyNames());
    assertThat(missing)
        .as(bundle + "_" + language + ".properties lacks these keys of " + bundle + "_de")
        .isEmpty();
    assertThat(extra)
        .as(bundle + "_" + language + ".properties has keys that German does not have")
        .isEmpty();
    for (String key : german.stringPropertyNames()) {
      assertThat(other.getProperty(key)).as(bundle + "_" + language + ": " + key).isNotBlank();
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /**
   * The bundles merge by union (.gitattributes): a line changed on two branches comes back twice,
   * and Properties silently keeps the last one. Every key must appear once per file.
   */
  @Test
  void noBundleDefinesAKeyTwice() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String trimmed = line.strip();
          if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
            continue;
          }
          String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
          if (!seen.add(key)) {
            twice.add(key);
          }
        }
        assertThat(twice).as("keys defined twice in %s", file.getFileName()).isEmpty();
      }
    }
  }
}
