package org.talentbruecke.profile.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.talentbruecke.app.demo.DemoProfile;
import org.talentbruecke.profile.application.PersonalDetailsService;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.profile.application.cv.CvComposer;
import org.talentbruecke.profile.application.cv.CvDocument;
import org.talentbruecke.profile.application.cv.CvService;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.domain.LabelLanguages;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.shared.application.ValidationFailure;

/** The CV of the demo nurse, composed and rendered without a container, read back with PDFBox. */
class CvPdfTest {
  private static final String SKILL =
      "http://data.europa.eu/esco/skill/1fd57242-267e-46df-bd8c-849fdd593a50";
  // The real ESCO labels (German 1.2.1, English 1.1.1) of the concepts the demo profile names.
  private static final Map<String, Map<String, String>> LABELS =
      Map.of(
          DemoProfile.NURSE,
          Map.of(
              "de",
                  "Krankenpfleger Allgemeine Krankenpflege/Krankenschwester Allgemeine Krankenpflege",
              "en", "nurse responsible for general care"),
          SKILL,
          Map.of(
              "de",
              "verordnete Medikamente verabreichen",
              "en",
              "administer prescribed medication"));
  private static final PersonalDetailsService.Data NO_DETAILS =
      new PersonalDetailsService.Data(null, null, null, false);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private final OpenPdfCvRenderer renderer = new OpenPdfCvRenderer();

  private static CvDocument compose(String language, PersonalDetailsService.Data details) {
    Locale locale = Locale.forLanguageTag(language);
    // As the vocabulary answers CvService: one label per concept, in the CV's fallback order.
    Map<String, LocalizedLabel> labels = new java.util.HashMap<>();
    LABELS.forEach(
        (uri, byLanguage) ->
            LabelLanguages.pick(byLanguage, CvService.labelOrder(locale))
                .ifPresent(l -> labels.put(uri, l)));
    return new CvComposer(
            locale, ShippedCatalogs.languages(), ShippedCatalogs.municipalities(), labels)
        .compose(DemoProfile.profile(), details, TODAY);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // One space for every run of white space: a long label may wrap inside its column.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /**
   * The characters as the PDF maps its glyphs, before PDFBox folds Arabic presentation forms back
   * into base letters for its text output.
   */
  private static String glyphText(byte[] pdf) throws IOException {
    StringBuilder raw = new StringBuilder();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            positions.forEach(p -> raw.append(p.getUnicode()));
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.getText(document);
    }
    return raw.toString();
  }

  @Test
  void theGermanCvNamesOccupationSkillsLanguagesAndRecognitionInPlainWords() throws IOException {
    byte[] pdf =
        renderer.pdf(
            "Amina Haddad", "seeker@demo.test", compose("de", NO_DETAILS), Optional.empty());

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    String text = text(pdf);
    assertThat(text)
        .contains(
            "Amina Haddad",
            "seeker@demo.test",
            "Lebenslauf · Deutsch",
            "Krankenpfleger Allgemeine Krankenpflege/Krankenschwester Allgemeine Krankenpflege",
            "verordnete Medikamente verabreichen",
            "Expertin oder Experte",
            "Intensivpflege auf einer Station",
            "Hören B1 · Lesen B1",
            "Zertifikat: DTZ B1 (14.06.2023)",
            "Muttersprache",
            "Integrationskurs B1",
            "Bachelor of Nursing",
            "Anerkennung in Deutschland: teilweise gleichwertig",
            "Ausgleichsmaßnahme: Anpassungslehrgang – läuft",
            "Bewertung der Hochschule in anabin: H+",
            "Verfügbar ab: 01.04.2026",
            "Wohnort: Hannover",
            "Ich bin Pflegefachkraft aus Damaskus",
            "10/2025");
    // The person stored no personal details: the CV says nothing about them.
    assertThat(text)
        .doesNotContain("Staatsangehörigkeit", "Geburtsdatum", "Geschlecht", "Persönliche Angaben");
  }

  @Test
  void personalDetailsAppearOnlyWhenThePersonStoredThem() throws IOException {
    PersonalDetailsService.Data details = new PersonalDetailsService.Data("SY", null, null, false);
    String text =
        text(
            renderer.pdf(
                "Amina Haddad", "seeker@demo.test", compose("de", details), Optional.empty()));

    assertThat(text)
        .contains("Persönliche Angaben", "Staatsangehörigkeit: Syrien")
        .doesNotContain("Geburtsdatum");
  }

  @Test
  void ukrainianStandsBesideGermanWithEnglishEscoLabelsWhereEscoHasNoUkrainian()
      throws IOException {
    String text =
        text(
            renderer.pdf(
                "Amina Haddad",
                "seeker@demo.test",
                compose("de", NO_DETAILS),
                Optional.of(compose("uk", NO_DETAILS))));

    assertThat(text)
        .contains(
            "Lebenslauf · Deutsch",
            "Резюме · Українська",
            "Досвід роботи",
            "Визнання в Німеччині: частково рівноцінна",
            "administer prescribed medication",
            "verordnete Medikamente verabreichen",
            "Аудіювання B1");
  }

  @Test
  void arabicIsShapedIntoItsJoinedLetterForms() throws IOException {
    CvDocument arabic = compose("ar", NO_DETAILS);
    byte[] pdf =
        renderer.pdf(
            "Amina Haddad", "seeker@demo.test", compose("de", NO_DETAILS), Optional.of(arabic));

    assertThat(arabic.rightToLeft()).isTrue();
    // Shaping replaces the base letters (U+0600…) by their initial, medial and final forms
    // (Arabic Presentation Forms-B); unshaped text would print as a row of isolated letters.
    assertThat(glyphText(pdf))
        .containsPattern("[\\uFE70-\\uFEFC]{3,}")
        .doesNotContainPattern("[\\u0621-\\u064A]");
    assertThat(text(pdf)).contains("Lebenslauf · Deutsch", "الاعتراف في ألمانيا");
  }

  @Test
  void germanTextInTheArabicColumnKeepsItsFullStopAfterTheLastWord() {
    assertThat(OpenPdfCvRenderer.keepLeftToRight("Grundpflege in Hannover-Linden."))
        .endsWith(".\u200E");
    assertThat(OpenPdfCvRenderer.keepLeftToRight("أعمل في التمريض.")).isEqualTo("أعمل في التمريض.");
    assertThat(OpenPdfCvRenderer.keepLeftToRight("2024")).isEqualTo("2024");
  }

  @Test
  void bothLanguagesHaveTheSameSectionsSoTheyLineUp() {
    for (String language : CvService.SECOND_LANGUAGES) {
      assertThat(compose(language, NO_DETAILS).sections())
          .extracting(CvDocument.Section::key)
          .isEqualTo(
              compose("de", NO_DETAILS).sections().stream().map(CvDocument.Section::key).toList());
    }
  }

  @Test
  void anEmptyProfileStillPrints() throws IOException {
    CvDocument empty =
        new CvComposer(
                Locale.GERMAN,
                ShippedCatalogs.languages(),
                ShippedCatalogs.municipalities(),
                Map.of())
            .compose(ProfileData.empty(), NO_DETAILS, TODAY);
    assertThat(text(renderer.pdf("", "", empty, Optional.empty()))).contains("Lebenslauf");
  }

  @Test
  void onlyTheOtherInterfaceLanguagesMayStandBesideGerman() {
    assertThat(CvService.secondLanguage(null)).isEmpty();
    assertThat(CvService.secondLanguage("uk")).contains(Locale.forLanguageTag("uk"));
    for (String wrong : new String[] {"de", "fr", "UK", "en-GB", "<script>"}) {
      assertThatThrownBy(() -> CvService.secondLanguage(wrong))
          .isInstanceOf(ValidationFailure.class);
    }
  }
}
