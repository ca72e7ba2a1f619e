package org.talentbruecke.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.talentbruecke.shared.interfaces.web.Messages;

/** Every interface language has every text, and every text a page asks for exists. */
class MessageBundlesTest {

  static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en"})
  void everyLanguageHasExactlyTheGermanKeys(String language) throws IOException {
    Set<String> german = new TreeSet<>(load("messages_de").stringPropertyNames());
    Set<String> other = new TreeSet<>(load("messages_" + language).stringPropertyNames());
    assertThat(other).as("keys of " + language).containsExactlyElementsOf(german);
    for (String key : german) {
      assertThat(load("messages_" + language).getProperty(key)).as(language + ":" + key).isNotBlank();
    }
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
    assertThat(Messages.format(java.util.Locale.ENGLISH, "validation.tooLong", 200)).isEqualTo("Please use at most 200 characters.");
    assertThat(Messages.format(java.util.Locale.CHINESE, "validation.required")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
  }
}
