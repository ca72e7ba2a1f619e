package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.recognition.AnabinRating;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.ProfessionGroup;
import org.talentbruecke.reference.domain.recognition.RecognitionAdvice;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.recognition.Regulation;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;

/** Runs the advice service on the real reference data. */
class RecognitionAdviceTest {

  private final RecognitionCatalog catalog = RecognitionCatalog.load();
  // A fixed day, so the known change in the law (care assistants, 2027) does not change the test.
  private final RecognitionAdviceService service =
      new RecognitionAdviceService(
          catalog,
          AdvicePhraseCatalog.load(),
          SupportHintCatalog.load(),
          Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
  private final RecognitionState notStarted = RecognitionState.of(RecognitionStatus.NOT_STARTED);

  private static final Locale ARABIC = new Locale("ar");
  private static final Locale UKRAINIAN = new Locale("uk");
  private static final Locale TURKISH = new Locale("tr");
  private static final List<Locale> FIVE =
      List.of(Locale.GERMAN, Locale.ENGLISH, ARABIC, UKRAINIAN, TURKISH);
  private static final String ARABIC_LETTER = "\\p{IsArabic}";
  private static final String CYRILLIC_LETTER = "\\p{IsCyrillic}";

  @Test
  void nursingProfessionalsAreRegulated() {
    RecognitionAdvice advice = service.advise("2221", notStarted, Locale.GERMAN);
    assertThat(advice.regulation().status()).isEqualTo(RegulationAnswer.Status.REGULATED);
    assertThat(advice.regulation().kind()).isEqualTo(Regulation.ACTIVITY);
    assertThat(advice.group().id()).isEqualTo("NURSE");
    assertThat(advice.responsibleBody()).contains("Landesamt für Soziales, Jugend und Familie");
    assertThat(advice.nextStep())
        .startsWith("Stellen Sie einen Antrag bei: Niedersächsisches Landesamt");
    assertThat(advice.alternative()).isEmpty();
  }

  @Test
  void softwareDevelopersAreNotRegulatedAndGetTheAcademicRoute() {
    RecognitionAdvice advice = service.advise("2512", notStarted, Locale.ENGLISH);
    assertThat(advice.regulation().status()).isEqualTo(RegulationAnswer.Status.NOT_REGULATED);
    assertThat(advice.group().id()).isEqualTo("ACADEMIC_NON_REGULATED");
    assertThat(advice.responsibleBody()).contains("ZAB");
    assertThat(advice.nextStep()).contains("anabin");
    assertThat(service.regulationOf("2512")).isEqualTo(RegulationAnswer.notRegulated());
  }

  @Test
  void unlistedVocationalGroupsGetTheOptionalVocationalRoute() {
    RecognitionAdvice advice = service.advise("8322", notStarted, Locale.ENGLISH);
    assertThat(advice.regulation().status()).isEqualTo(RegulationAnswer.Status.NOT_REGULATED);
    assertThat(advice.group().id()).isEqualTo("VOCATIONAL_NON_REGULATED");
    // IHK Hannover is not part of IHK FOSA and decides itself.
    assertThat(advice.responsibleBody())
        .contains("IHK Hannover, Anerkennungsstelle")
        .doesNotContain("FOSA");
  }

  @Test
  void partlyRegulatedUnitGroupsDescribeBothRoutes() {
    RecognitionAdvice advice = service.advise("7411", notStarted, Locale.ENGLISH);
    assertThat(advice.regulation().status())
        .isEqualTo(RegulationAnswer.Status.DEPENDS_ON_OCCUPATION);
    assertThat(advice.regulation().kind()).isEqualTo(Regulation.CRAFT_BUSINESS);
    assertThat(advice.group().id()).isEqualTo("MASTER_CRAFTSMAN");
    assertThat(advice.alternative()).map(ProfessionGroup::id).contains("VOCATIONAL_NON_REGULATED");
    assertThat(advice.nextStep())
        .contains("Handwerkskammer Hannover")
        .contains("IHK Hannover, Anerkennungsstelle")
        .doesNotContain("may not work");
  }

  @Test
  void engineersAreRegulatedByTitle() {
    RecognitionAdvice advice = service.advise("2142", notStarted, Locale.GERMAN);
    assertThat(advice.regulation().status()).isEqualTo(RegulationAnswer.Status.REGULATED);
    assertThat(advice.regulation().kind()).isEqualTo(Regulation.TITLE);
    assertThat(advice.responsibleBody()).contains("Ingenieurkammer Niedersachsen");
  }

  @Test
  void compensationMeasureProgressChangesTheNextStep() {
    RecognitionAdvice passed =
        service.advise(
            "2221",
            RecognitionState.partialWith(
                CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.PASSED),
            Locale.GERMAN);
    assertThat(passed.nextStep()).contains("Anpassungslehrgang").contains("bestanden");
    RecognitionAdvice failed =
        service.advise(
            "2211",
            RecognitionState.partialWith(
                CompensationMeasure.APTITUDE_OR_KNOWLEDGE_EXAM, MeasureStatus.FAILED),
            Locale.ENGLISH);
    assertThat(failed.nextStep()).contains("knowledge exam").contains("repeated");
  }

  @Test
  void anabinRatingShapesAcademicAdvice() {
    RecognitionAdvice advice =
        service.advise("2511", notStarted.withAnabin(AnabinRating.H_MINUS), Locale.ENGLISH);
    assertThat(advice.nextStep()).contains("H-").contains("vocational qualification");
  }

  @Test
  void unconfirmedBodiesComeWithAHintToDoubleCheck() {
    assertThat(service.advise("3258", notStarted, Locale.ENGLISH).nextStep())
        .contains("anerkennung-in-deutschland.de");
    assertThat(service.advise("2221", notStarted, Locale.ENGLISH).nextStep())
        .doesNotContain("anerkennung-in-deutschland.de");
  }

  @Test
  void arabicLocaleGetsArabicAdviceWithTheGermanNameOfTheBody() {
    RecognitionAdvice advice = service.advise("2221", notStarted, ARABIC);
    assertThat(advice.nextStep())
        .containsPattern(ARABIC_LETTER)
        .startsWith("قدِّم طلبك إلى: ")
        .contains("Niedersächsisches Landesamt für Soziales, Jugend und Familie");
    assertThat(advice.explanation())
        .containsPattern(ARABIC_LETTER)
        .doesNotContainPattern("[A-Za-z]{4,} [a-z]{3,}");
    assertThat(advice.group().name().in(ARABIC)).containsPattern(ARABIC_LETTER);
    assertThat(service.advise("2221", notStarted, Locale.forLanguageTag("ar-EG")).nextStep())
        .isEqualTo(advice.nextStep());
  }

  @Test
  void ukrainianLocaleGetsUkrainianAdviceIncludingTheMeasure() {
    RecognitionAdvice advice =
        service.advise(
            "2211",
            RecognitionState.partialWith(
                CompensationMeasure.APTITUDE_OR_KNOWLEDGE_EXAM, MeasureStatus.PASSED),
            UKRAINIAN);
    assertThat(advice.nextStep())
        .containsPattern(CYRILLIC_LETTER)
        .contains("(кваліфікаційний іспит або іспит на знання)")
        .contains("Niedersächsischer Zweckverband zur Approbationserteilung (NiZzA)");
    assertThat(advice.explanation()).containsPattern(CYRILLIC_LETTER).contains("Approbation");
  }

  @Test
  void turkishLocaleDescribesBothRoutesInTurkish() {
    RecognitionAdvice advice = service.advise("7411", notStarted, TURKISH);
    assertThat(advice.regulation().status())
        .isEqualTo(RegulationAnswer.Status.DEPENDS_ON_OCCUPATION);
    assertThat(advice.nextStep())
        .startsWith("Bu gruptaki mesleklerin sadece bazıları")
        .contains("İzne tabi zanaatlarda ustalar")
        .contains("Handwerkskammer Hannover")
        .contains("IHK Hannover, Anerkennungsstelle")
        .contains("tanınma isteğe bağlıdır");
  }

  @Test
  void otherLanguagesStillGetEnglish() {
    assertThat(service.advise("2221", notStarted, Locale.FRENCH).nextStep())
        .startsWith("Apply to: ");
    assertThat(service.advise("2221", notStarted, Locale.FRENCH).explanation())
        .isEqualTo(service.advise("2221", notStarted, Locale.ENGLISH).explanation());
  }

  @Test
  void adviceExistsInAllFiveLanguagesForEveryGroupAndState() {
    for (var mapping : catalog.allMappings()) {
      for (RecognitionStatus status : RecognitionStatus.values()) {
        assertComplete(mapping.iscoCode(), RecognitionState.of(status));
      }
      for (MeasureStatus progress : MeasureStatus.values()) {
        for (CompensationMeasure measure : CompensationMeasure.values()) {
          assertComplete(mapping.iscoCode(), RecognitionState.partialWith(measure, progress));
        }
      }
    }
    for (AnabinRating rating : AnabinRating.values()) {
      assertComplete("2631", notStarted.withAnabin(rating));
    }
  }

  private void assertComplete(String isco, RecognitionState state) {
    Set<String> steps = new HashSet<>();
    Set<String> explanations = new HashSet<>();
    for (Locale locale : FIVE) {
      RecognitionAdvice advice = service.advise(isco, state, locale);
      assertThat(advice.nextStep())
          .as(isco + " " + state + " " + locale)
          .isNotBlank()
          .doesNotContain("{")
          .doesNotContain("}");
      assertThat(advice.explanation()).isNotBlank();
      assertThat(advice.headline()).isNotBlank().doesNotContain("{");
      advice.hints().forEach(h -> assertThat(h).isNotBlank().doesNotContain("{"));
      steps.add(advice.nextStep());
      explanations.add(advice.explanation());
    }
    assertThat(steps).as("distinct next steps for " + isco + " " + state).hasSize(FIVE.size());
    assertThat(explanations).as("distinct explanations for " + isco).hasSize(FIVE.size());
    assertThat(service.advise(isco, state, ARABIC).nextStep()).containsPattern(ARABIC_LETTER);
    assertThat(service.advise(isco, state, UKRAINIAN).nextStep()).containsPattern(CYRILLIC_LETTER);
  }
}
