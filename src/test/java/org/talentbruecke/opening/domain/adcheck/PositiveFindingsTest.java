package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-world wording that the check must flag, with the exact phrase it must point at. */
class PositiveFindingsTest {

  /** An ad and the one finding it must contain. */
  record Case(String lang, String title, String description, String ruleId, String phrase) {
    AdField field() {
      return description.isEmpty() ? AdField.TITLE : AdField.DESCRIPTION;
    }

    @Override
    public String toString() {
      return ruleId + ": " + (description.isEmpty() ? title : description);
    }
  }

  static Case title(String lang, String title, String ruleId, String phrase) {
    return new Case(lang, title, "", ruleId, phrase);
  }

  static Case text(String lang, String description, String ruleId, String phrase) {
    return new Case(lang, "Mitarbeiter Kundenservice (m/w/d)", description, ruleId, phrase);
  }

  static Stream<Case> cases() {
    return Stream.of(
        text(
            "de",
            "Voraussetzung: Deutsch als Muttersprache.",
            "NATIVE_LANGUAGE",
            "Deutsch als Muttersprache"),
        text(
            "de",
            "Sie sind deutsche Muttersprachlerin.",
            "NATIVE_LANGUAGE",
            "deutsche Muttersprachlerin"),
        text(
            "de",
            "Sie sprechen Deutsch auf muttersprachlichem Niveau.",
            "NATIVE_LANGUAGE",
            "Deutsch auf muttersprachlichem Niveau"),
        text(
            "de",
            "Wir suchen deutsche Muttersprachler für unsere Hotline.",
            "NATIVE_LANGUAGE",
            "deutsche Muttersprachler"),
        text(
            "de",
            "Englischkenntnisse auf Native-Speaker-Niveau",
            "NATIVE_LANGUAGE",
            "Native-Speaker-Niveau"),
        text("en", "Native speaker of German required.", "NATIVE_LANGUAGE", "Native speaker"),
        text(
            "en",
            "You are a native German with a passion for sales.",
            "NATIVE_LANGUAGE",
            "native German"),
        text("de", "Muttersprache: Deutsch", "NATIVE_LANGUAGE", "Muttersprache: Deutsch"),
        text("de", "Sie sprechen akzentfreies Deutsch.", "ACCENT_FREE", "akzentfreies Deutsch"),
        text(
            "de", "Sie telefonieren ohne Akzent mit unseren Kunden.", "ACCENT_FREE", "ohne Akzent"),
        text("en", "You speak accent-free English.", "ACCENT_FREE", "accent-free English"),
        text("de", "Sie sind deutscher Herkunft.", "ORIGIN_DEMAND", "deutscher Herkunft"),
        text(
            "de",
            "Bewerber ohne Migrationshintergrund bevorzugt.",
            "ORIGIN_DEMAND",
            "ohne Migrationshintergrund"),
        text(
            "de",
            "Voraussetzung: deutsche Staatsangehörigkeit",
            "NATIONALITY_REQUIRED",
            "deutsche Staatsangehörigkeit"),
        text(
            "de",
            "Wir nehmen nur deutsche Bewerber.",
            "NATIONALITY_REQUIRED",
            "nur deutsche Bewerber"),
        text(
            "de",
            "Staatsangehörigkeit eines EU-Mitgliedstaates",
            "NATIONALITY_REQUIRED",
            "Staatsangehörigkeit eines EU-Mitgliedstaates"),
        text("en", "EU citizens only.", "NATIONALITY_REQUIRED", "EU citizens only"),
        text("de", "Es erwartet Sie ein junges Team.", "YOUNG_TEAM", "junges Team"),
        text(
            "de",
            "Werde Teil unseres jungen, dynamischen Teams!",
            "YOUNG_TEAM",
            "jungen, dynamischen Teams"),
        text(
            "de",
            "Ein junges dynamisches Team freut sich auf Sie.",
            "YOUNG_TEAM",
            "junges dynamisches Team"),
        text("en", "Join our young team in Hannover.", "YOUNG_TEAM", "young team"),
        text("de", "Ideal für Berufseinsteiger bis 30.", "AGE_LIMIT", "Berufseinsteiger bis 30"),
        text(
            "de",
            "Sie sind zwischen 25 und 35 Jahren alt.",
            "AGE_LIMIT",
            "zwischen 25 und 35 Jahren alt"),
        text("de", "Alter: max. 30 Jahre", "AGE_LIMIT", "max. 30 Jahre"),
        text("en", "Candidates aged 20-30 preferred.", "AGE_LIMIT", "aged 20-30"),
        text("en", "You are a digital native.", "DIGITAL_NATIVE", "digital native"),
        text(
            "de",
            "Sie sind Digital Native und lieben Social Media.",
            "DIGITAL_NATIVE",
            "Digital Native"),
        title("de", "Verkäuferin", "GENDER_TITLE", "Verkäuferin"),
        title("de", "Lagerarbeiter", "GENDER_TITLE", "Lagerarbeiter"),
        title("de", "Sekretärin gesucht", "GENDER_TITLE", "Sekretärin"),
        title("de", "Kfz-Mechatroniker (m/w)", "GENDER_TITLE", "Kfz-Mechatroniker"),
        title("en", "Salesman for our Hannover branch", "GENDER_TITLE", "Salesman"),
        text(
            "de",
            "Wir suchen ab sofort eine freundliche Verkäuferin.",
            "GENDER_SEARCH",
            "suchen ab sofort eine freundliche Verkäuferin"),
        text("de", "Nur Frauen können sich bewerben.", "GENDER_EXPLICIT", "Nur Frauen"),
        text("en", "Male candidates only.", "GENDER_EXPLICIT", "Male candidates"),
        text(
            "de",
            "Bitte senden Sie Ihre Bewerbung mit Foto an jobs@example.org.",
            "PHOTO_REQUEST",
            "Bewerbung mit Foto"),
        text(
            "de",
            "Lebenslauf, Zeugnisse und Lichtbild",
            "PHOTO_REQUEST",
            "Lebenslauf, Zeugnisse und Lichtbild"),
        text("en", "Please send your CV with photo.", "PHOTO_REQUEST", "CV with photo"),
        text(
            "de", "Sie sprechen perfektes Deutsch.", "LANGUAGE_WITHOUT_LEVEL", "perfektes Deutsch"),
        text(
            "de",
            "Sehr gute Deutschkenntnisse in Wort und Schrift",
            "LANGUAGE_WITHOUT_LEVEL",
            "Sehr gute Deutschkenntnisse in Wort und Schrift"),
        text("de", "Sie sprechen fließend Deutsch.", "LANGUAGE_WITHOUT_LEVEL", "fließend Deutsch"),
        text(
            "de",
            "Verhandlungssicheres Deutsch ist Pflicht.",
            "LANGUAGE_WITHOUT_LEVEL",
            "Verhandlungssicheres Deutsch"),
        text("en", "Fluent German is a must.", "LANGUAGE_WITHOUT_LEVEL", "Fluent German"),
        text(
            "de",
            "Sie identifizieren sich mit dem christlichen Menschenbild.",
            "RELIGION_REQUIREMENT",
            "christlichen Menschenbild"),
        text(
            "de",
            "Voraussetzung ist die Mitgliedschaft in einer christlichen Kirche.",
            "RELIGION_REQUIREMENT",
            "Mitgliedschaft in einer christlichen Kirche"),
        text("de", "Sie sind gesund und zuverlässig.", "HEALTH_REQUIREMENT", "Sie sind gesund"),
        text("de", "Sie haben keine Behinderung.", "HEALTH_REQUIREMENT", "keine Behinderung"),
        text(
            "en",
            "Applicants must be free of any disability.",
            "HEALTH_REQUIREMENT",
            "free of any disability"),
        text("de", "Sie sind ledig und flexibel.", "FAMILY_STATUS", "ledig"),
        text("de", "Sie haben keine Kinder und sind reisebereit.", "FAMILY_STATUS", "keine Kinder"),
        text(
            "de",
            "Ihre Familienplanung ist abgeschlossen.",
            "PREGNANCY",
            "Familienplanung ist abgeschlossen"),
        text("en", "Heterosexual applicants only.", "SEXUAL_IDENTITY", "Heterosexual applicants"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsTheExactPhrase(Case c) {
    List<Finding> findings =
        AdCheck.standard().check(new AdText(c.title(), c.description(), c.lang()));

    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals(c.ruleId()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.phrase()).isEqualTo(c.phrase());
              assertThat(f.field()).isEqualTo(c.field());
              String source = c.field() == AdField.TITLE ? c.title() : c.description();
              assertThat(source.substring(f.start(), f.end())).isEqualTo(c.phrase());
              assertThat(f.reason()).isNotBlank();
              assertThat(f.suggestion()).isNotBlank();
            });
  }
}
