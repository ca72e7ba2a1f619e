package org.talentbruecke.reference.domain.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.LocalizedText;

/** Checks the service's decision rules on small hand-made data, independent of the CSV files. */
class RecognitionAdviceServiceTest {

  private static ProfessionGroup group(
      String id, Regulation regulation, RecognitionTrack track, boolean verified) {
    LocalizedText text = new LocalizedText("Text " + id + ".", "Text " + id + ".");
    return new ProfessionGroup(
        id,
        new LocalizedText(id, id),
        regulation,
        track,
        "",
        "Body " + id,
        verified,
        "Law",
        Set.of(),
        text,
        text);
  }

  private final Map<String, ProfessionGroup> groups =
      Map.of(
          "REG",
          group("REG", Regulation.ACTIVITY, RecognitionTrack.REGULATED, true),
          "REG2",
          group("REG2", Regulation.TITLE, RecognitionTrack.REGULATED, false),
          "FREE",
          group("FREE", Regulation.NONE, RecognitionTrack.VOCATIONAL, true),
          ProfessionGroupDirectory.ACADEMIC_FALLBACK,
          group(
              ProfessionGroupDirectory.ACADEMIC_FALLBACK,
              Regulation.NONE,
              RecognitionTrack.ACADEMIC,
              true),
          ProfessionGroupDirectory.VOCATIONAL_FALLBACK,
          group(
              ProfessionGroupDirectory.VOCATIONAL_FALLBACK,
              Regulation.NONE,
              RecognitionTrack.VOCATIONAL,
              true));

  private final Map<String, List<IscoMapping>> mappings =
      Map.of(
          "3000",
              List.of(
                  new IscoMapping("3000", "FREE", Coverage.FULL, ""),
                  new IscoMapping("3000", "REG", Coverage.PARTIAL, "")),
          "3001",
              List.of(
                  new IscoMapping("3001", "REG2", Coverage.PARTIAL, ""),
                  new IscoMapping("3001", "REG", Coverage.PARTIAL, "")),
          "3002", List.of(new IscoMapping("3002", "REG", Coverage.FULL, "")));

  private final ProfessionGroupDirectory directory =
      new ProfessionGroupDirectory() {
        @Override
        public Optional<ProfessionGroup> group(String id) {
          return Optional.ofNullable(groups.get(id));
        }

        @Override
        public List<IscoMapping> mappingsFor(String iscoCode) {
          return mappings.getOrDefault(iscoCode, List.of());
        }
      };

  private final AdvicePhrases phrases =
      key -> {
        if (key.startsWith("headline.")) {
          return Optional.of(new LocalizedText("DE " + key, "EN " + key));
        }
        if (key.startsWith("next.")
            && !key.endsWith(".FAILED")
            && !key.equals("next.regulated")
            && !key.equals("next.title")) {
          return Optional.of(new LocalizedText("DE " + key + " {body}", "EN " + key + " {body}"));
        }
        return switch (key) {
          case "depends" ->
              Optional.of(
                  new LocalizedText(
                      "{group}|{regulatedStep}|{optionalStep}",
                      "{group}|{regulatedStep}|{optionalStep}"));
          case "measure.APTITUDE_OR_KNOWLEDGE_EXAM" ->
              Optional.of(new LocalizedText("Prüfung", "exam"));
          case "unverified" -> Optional.of(new LocalizedText("CHECK", "CHECK"));
          default -> Optional.empty();
        };
      };

  private final RecognitionAdviceService service = new RecognitionAdviceService(directory, phrases);
  private final RecognitionState notStarted = RecognitionState.of(RecognitionStatus.NOT_STARTED);

  @Test
  void aRegulatedGroupWinsOverANonRegulatedOneAndMakesTheAnswerDepend() {
    RecognitionAdvice advice = service.advise("3000", notStarted, Locale.GERMAN);
    assertThat(advice.group().id()).isEqualTo("REG");
    assertThat(advice.regulation().status())
        .isEqualTo(RegulationAnswer.Status.DEPENDS_ON_OCCUPATION);
    assertThat(advice.headline()).isEqualTo("DE headline.depends DE headline.ACTIVITY");
    assertThat(advice.alternative())
        .map(ProfessionGroup::id)
        .contains(ProfessionGroupDirectory.VOCATIONAL_FALLBACK);
    assertThat(advice.nextStep())
        .isEqualTo(
            "REG|DE next.regulated.NOT_STARTED Body REG|"
                + "DE next.vocational.NOT_STARTED Body VOCATIONAL_NON_REGULATED");
  }

  @Test
  void fileOrderDecidesBetweenEquallyRegulatedMappingsAndUnverifiedBodiesGetAHint() {
    RecognitionAdvice advice = service.advise("3001", notStarted, Locale.ENGLISH);
    assertThat(advice.group().id()).isEqualTo("REG2");
    assertThat(advice.nextStep()).contains("Body REG2 CHECK");
    // A title-protected group reads the phrase written for titles, not the activity phrase.
    assertThat(advice.nextStep()).startsWith("REG2|EN next.title.NOT_STARTED Body REG2");
    assertThat(advice.regulation().kind()).isEqualTo(Regulation.TITLE);
  }

  @Test
  void fullCoverageGivesAPlainRegulatedAnswer() {
    RecognitionAdvice advice =
        service.advise("3002", RecognitionState.of(RecognitionStatus.APPLIED), Locale.ENGLISH);
    assertThat(advice.regulation().status()).isEqualTo(RegulationAnswer.Status.REGULATED);
    assertThat(advice.regulation().presetsFullRecognition()).isTrue();
    assertThat(advice.nextStep()).isEqualTo("EN next.regulated.APPLIED Body REG");
  }

  @Test
  void unmappedCodesFallBackByMajorGroup() {
    assertThat(service.advise("2999", notStarted, Locale.GERMAN).group().id())
        .isEqualTo(ProfessionGroupDirectory.ACADEMIC_FALLBACK);
    assertThat(service.advise("1120", notStarted, Locale.GERMAN).group().id())
        .isEqualTo(ProfessionGroupDirectory.ACADEMIC_FALLBACK);
    assertThat(service.advise("9112", notStarted, Locale.GERMAN).group().id())
        .isEqualTo(ProfessionGroupDirectory.VOCATIONAL_FALLBACK);
    assertThat(service.regulationOf("9112")).isEqualTo(RegulationAnswer.notRegulated());
  }

  @Test
  void specificPhraseFallsBackToTheGeneralOneForTheStatus() {
    // The fake has no ".FAILED" phrase, so the general PARTIAL_EQUIVALENCE phrase must be used.
    RecognitionState failed =
        RecognitionState.partialWith(
            CompensationMeasure.APTITUDE_OR_KNOWLEDGE_EXAM, MeasureStatus.FAILED);
    assertThat(service.advise("3002", failed, Locale.ENGLISH).nextStep())
        .isEqualTo("EN next.regulated.PARTIAL_EQUIVALENCE Body REG");
  }

  @Test
  void missingPhrasesFailLoudlyInsteadOfShowingGaps() {
    RecognitionState planned =
        RecognitionState.partialWith(CompensationMeasure.ADAPTATION_PERIOD, MeasureStatus.PLANNED);
    assertThatThrownBy(() -> service.advise("3002", planned, Locale.ENGLISH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("measure.ADAPTATION_PERIOD");
  }

  @Test
  void translationsAreUsedForTheirLanguageAndEnglishForTheRest() {
    AdvicePhrases translated =
        key ->
            phrases
                .find(key)
                .map(
                    text ->
                        new LocalizedText(
                            text.de(),
                            text.en(),
                            Map.of("ar", "AR " + text.de(), "uk", "UK " + text.de())));
    RecognitionAdviceService multilingual = new RecognitionAdviceService(directory, translated);
    assertThat(multilingual.advise("3002", notStarted, new Locale("ar")).nextStep())
        .isEqualTo("AR DE next.regulated.NOT_STARTED Body REG");
    assertThat(multilingual.advise("3002", notStarted, new Locale("uk", "UA")).nextStep())
        .isEqualTo("UK DE next.regulated.NOT_STARTED Body REG");
    assertThat(multilingual.advise("3002", notStarted, new Locale("tr")).nextStep())
        .isEqualTo("EN next.regulated.NOT_STARTED Body REG");
    assertThat(multilingual.advise("3000", notStarted, new Locale("ar")).nextStep())
        .isEqualTo(
            "AR REG|AR DE next.regulated.NOT_STARTED Body REG|"
                + "AR DE next.vocational.NOT_STARTED Body VOCATIONAL_NON_REGULATED");
  }

  @Test
  void rejectsInvalidIscoCodes() {
    assertThatThrownBy(() -> service.advise("22", notStarted, Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
