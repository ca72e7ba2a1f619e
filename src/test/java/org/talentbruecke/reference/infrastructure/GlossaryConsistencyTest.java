package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.glossary.Glossary;
import org.talentbruecke.reference.domain.glossary.GlossaryTerm;

/**
 * One term per concept in every language: every interface text (message bundles and the help-text
 * CSVs) whose German version names a glossary concept uses that concept's glossary term in English,
 * Arabic, Ukrainian and Turkish, and none of the renderings the translation review found wrong.
 */
class GlossaryConsistencyTest {

  private static final List<String> TRANSLATIONS = List.of("en", "ar", "uk", "tr");
  private static final Path REFERENCE = Path.of("src/main/resources/reference");

  /** CSVs that are not interface texts: the glossary itself and the review record. */
  private static final Set<String> NOT_CHECKED = Set.of("glossary.csv", "translation-reviews.csv");

  private final Glossary glossary = GlossaryCatalog.load();

  @Test
  void theGlossaryHasTheConceptsTheIssueNames() {
    assertThat(glossary.terms().stream().map(GlossaryTerm::id))
        .contains(
            "ANERKENNUNG",
            "GLEICHWERTIGKEIT",
            "VOLLE_GLEICHWERTIGKEIT",
            "TEILWEISE_GLEICHWERTIGKEIT",
            "ANPASSUNGSLEHRGANG",
            "ANPASSUNGSQUALIFIZIERUNG",
            "KENNTNISPRUEFUNG",
            "EIGNUNGSPRUEFUNG",
            "BERUFSERLAUBNIS",
            "APPROBATION",
            "REGLEMENTIERT",
            "INTEGRATIONSKURS",
            "BERUFSSPRACHKURS",
            "HOEREN",
            "LESEN",
            "AN_GESPRAECHEN_TEILNEHMEN",
            "ZUSAMMENHAENGEND_SPRECHEN",
            "SCHREIBEN",
            "VOLLZEIT",
            "TEILZEIT",
            "SCHICHTARBEIT",
            "MINIJOB");
  }

  @Test
  void everyTermIsFoundByItsOwnPatternsAndIsNotAnAvoidedRendering() {
    for (GlossaryTerm term : glossary.terms()) {
      assertThat(term.appliesTo(term.term("de"))).as(term.id() + " de").isTrue();
      for (String language : TRANSLATIONS) {
        String text = term.term(language);
        assertThat(term.isUsedIn(language, text)).as(term.id() + " " + language).isTrue();
        assertThat(term.usesAvoidedRendering(text)).as(term.id() + " " + language).isFalse();
      }
    }
  }

  @Test
  void legalTermsAndCourseNamesKeepTheGermanWordInBracketsForMatchingOfficialLetters() {
    for (GlossaryTerm term : glossary.terms()) {
      if (term.kind() == GlossaryTerm.Kind.LEGAL || term.kind() == GlossaryTerm.Kind.COURSE) {
        for (String language : List.of("ar", "uk", "tr")) {
          assertThat(term.term(language).toLowerCase())
              .as(term.id() + " " + language)
              .contains("(" + term.term("de").toLowerCase() + ")");
        }
      }
    }
  }

  @Test
  void everyTextAboutAConceptUsesTheGlossaryTermInEveryLanguage() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Text> texts = allTexts();
    assertThat(texts).hasSizeGreaterThan(700);
    int checked = 0;
    for (Text text : texts) {
      for (GlossaryTerm term : glossary.terms()) {
        if (!term.appliesTo(text.german())) {
          continue;
        }
        checked++;
        for (String language : TRANSLATIONS) {
          String translation = text.in(language);
          if (!term.isUsedIn(language, translation)) {
            problems.add(
                text.source()
                    + " ["
                    + language
                    + "] should use «"
                    + term.term(language)
                    + "»: "
                    + translation);
          } else if (!language.equals("en") && term.usesAvoidedRendering(translation)) {
            problems.add(
                text.source()
                    + " ["
                    + language
                    + "] uses a rendering the review found wrong for "
                    + term.id()
                    + ": "
                    + translation);
          }
        }
      }
    }
    assertThat(checked).as("texts that name a glossary concept").isGreaterThan(80);
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  /**
   * In a right-to-left paragraph the bidi algorithm moves the sign of an anabin rating to the other
   * side of the letter ("+H"). A left-to-right mark right after the code keeps it as written, so
   * users can compare it with anabin.
   */
  @Test
  void arabicTextsKeepAnabinCodesAndAbbreviationsLeftToRight() throws IOException {
    Pattern code = Pattern.compile("(?<![A-Za-z])H(\\+/-|\\+|-)|e\\. V\\.");
    List<String> problems = new ArrayList<>();
    for (Text text : allTexts()) {
      String arabic = text.in("ar");
      Matcher m = code.matcher(arabic);
      while (m.find()) {
        boolean marked = m.end() < arabic.length() && arabic.charAt(m.end()) == '\u200E';
        boolean isolated =
            arabic.lastIndexOf('\u2066', m.start()) > arabic.lastIndexOf('\u2069', m.start());
        if (!marked && !isolated) {
          problems.add(text.source() + ": " + m.group() + " without U+200E in " + arabic);
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  /**
   * Message arguments are formatted with Arabic-Indic digits in Arabic; a literal number in the
   * same sentence must use them too, or one sentence reads «من 1 إلى ٩٩٩». Latin digits are fine
   * inside Latin-script names and codes (CC BY 4.0, B1).
   */
  @Test
  void arabicMessagesWithArgumentsDoNotMixDigitSystems() throws IOException {
    Properties arabic = bundle("ar");
    List<String> problems = new ArrayList<>();
    for (String key : arabic.stringPropertyNames()) {
      String text = arabic.getProperty(key);
      if (!text.matches("(?s).*\\{\\d+}.*")) {
        continue;
      }
      String withoutArgumentsAndLatin =
          text.replaceAll("\\{\\d+}", "").replaceAll("[A-Za-z][\\w .\\-/]*", "");
      if (withoutArgumentsAndLatin.matches("(?s).*[0-9].*")) {
        problems.add(key + ": " + text);
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
    assertThat(arabic.getProperty("validation.password.TOO_LONG")).doesNotContainPattern("[0-9]");
    assertThat(arabic.getProperty("registration.passwordHint")).doesNotContainPattern("[0-9]");
  }

  /** A text in all five languages, and where it comes from. */
  private record Text(String source, Map<String, String> byLanguage) {
    String german() {
      return byLanguage.get("de");
    }

    String in(String language) {
      return byLanguage.get(language);
    }
  }

  private static List<Text> allTexts() throws IOException {
    List<Text> texts = new ArrayList<>();
    Map<String, Properties> bundles = new LinkedHashMap<>();
    for (String language : Glossary.LANGUAGES) {
      bundles.put(language, bundle(language));
    }
    for (String key : bundles.get("de").stringPropertyNames()) {
      Map<String, String> byLanguage = new LinkedHashMap<>();
      bundles.forEach((language, bundle) -> byLanguage.put(language, bundle.getProperty(key, "")));
      texts.add(new Text("messages " + key, byLanguage));
    }
    List<String> files;
    try (Stream<Path> list = Files.list(REFERENCE)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".csv") && !NOT_CHECKED.contains(n))
              .sorted()
              .toList();
    }
    assertThat(files)
        .contains(
            "cefr-descriptors.csv",
            "german-courses.csv",
            "recognition-phrases.csv",
            "recognition-profession-groups.csv",
            "recognition-support.csv");
    for (String file : files) {
      texts.addAll(csvTexts(file));
    }
    return texts;
  }

  /**
   * Every group of columns de/en/ar/uk/tr or {prefix}_de … {prefix}_tr of a CSV is one text per
   * row; columns in fewer languages (codes, German-only notes) are not interface texts.
   */
  private static List<Text> csvTexts(String file) {
    CsvTable table = CsvTable.load(file);
    List<String> prefixes = new ArrayList<>();
    for (String prefix : candidatePrefixes(table)) {
      if (Glossary.LANGUAGES.stream().allMatch(l -> table.hasColumn(prefix + l))) {
        prefixes.add(prefix);
      }
    }
    List<Text> texts = new ArrayList<>();
    for (CSVRecord record : table.records()) {
      for (String prefix : prefixes) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : Glossary.LANGUAGES) {
          byLanguage.put(language, record.get(prefix + language));
        }
        texts.add(
            new Text(
                file + " line " + (record.getRecordNumber() + 1) + " " + prefix + "*", byLanguage));
      }
    }
    return texts;
  }

  private static List<String> candidatePrefixes(CsvTable table) {
    List<String> prefixes = new ArrayList<>();
    if (table.hasColumn("de")) {
      prefixes.add("");
    }
    for (CSVRecord record : table.records()) {
      for (String column : record.toMap().keySet()) {
        if (column.endsWith("_de")) {
          String prefix = column.substring(0, column.length() - 2);
          if (!prefixes.contains(prefix)) {
            prefixes.add(prefix);
          }
        }
      }
      break;
    }
    return prefixes;
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        GlossaryConsistencyTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      assertThat(in).as(language).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
