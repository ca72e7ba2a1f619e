package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.recognition.RecognitionAdvice;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.recognition.Regulation;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;

/**
 * Each kind of regulation on the shipped data: what the person reads (German and one other
 * language) and what the employer gets pre-set. The wrong advice of the audit of 2026-12-03 must
 * not come back.
 */
class RegulationKindsAdviceTest {

  private static final Locale ARABIC = new Locale("ar");
  private static final Locale UKRAINIAN = new Locale("uk");
  private static final Locale TURKISH = new Locale("tr");
  private static final RecognitionState NOT_STARTED =
      RecognitionState.of(RecognitionStatus.NOT_STARTED);

  private final RecognitionAdviceService service = onDay("2026-12-03");

  private static RecognitionAdviceService onDay(String day) {
    return new RecognitionAdviceService(
        RecognitionCatalog.load(),
        AdvicePhraseCatalog.load(),
        SupportHintCatalog.load(),
        Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC));
  }

  private RecognitionAdvice advise(String isco, Locale locale) {
    return service.advise(isco, NOT_STARTED, locale);
  }

  @Test
  void activityRegulatedNurseMayNotWorkWithoutRecognitionAndTheEmployerGetsThePreset() {
    RecognitionAdvice de = advise("2221", Locale.GERMAN);
    assertThat(de.regulation().kind()).isEqualTo(Regulation.ACTIVITY);
    assertThat(de.headline()).contains("reglementiert").contains("erst mit Anerkennung");
    assertThat(de.nextStep()).contains("Ohne Anerkennung dürfen Sie in diesem Beruf nicht");
    assertThat(de.group().compensationNote().de())
        .contains("Seit 2024")
        .contains("direkt die Kenntnisprüfung")
        .contains("pflegefachsprachlichen Kompetenz");
    assertThat(de.hints()).anyMatch(h -> h.contains("Anerkennungszuschuss"));
    RecognitionAdvice ar = advise("2221", ARABIC);
    assertThat(ar.headline()).containsPattern("\\p{IsArabic}").isNotEqualTo(de.headline());
    assertThat(service.regulationOf("2221").presetsFullRecognition()).isTrue();
    assertThat(service.employerNotice(service.regulationOf("2221"), "x", Locale.GERMAN, true))
        .hasValueSatisfying(
            n ->
                assertThat(n)
                    .contains("reglementiert")
                    .contains("Pflegefachkräfte")
                    .contains("vorausgewählt"));
  }

  @Test
  void doctorsMayWorkWithATemporaryPermitAndNeedB2AndTheChamberForTheSpecialistTitle() {
    RecognitionAdvice de = advise("2211", Locale.GERMAN);
    assertThat(de.explanation()).contains("befristeten Berufserlaubnis").contains("§ 10 BÄO");
    assertThat(de.group().compensationNote().de())
        .contains("Niveau B2")
        .contains("Fachsprachprüfung auf Niveau C1")
        .contains("Facharzt-Weiterbildung erkennt die Ärztekammer Niedersachsen an");
    assertThat(advise("2211", Locale.ENGLISH).explanation())
        .contains("temporary licence to practise (Berufserlaubnis");
  }

  @Test
  void titleProtectedEngineersMayWorkAndAlsoGetTheZabRoute() {
    RecognitionAdvice de = advise("2142", Locale.GERMAN);
    assertThat(de.regulation().kind()).isEqualTo(Regulation.TITLE);
    assertThat(de.headline()).contains("nur die Berufsbezeichnung geschützt");
    assertThat(de.nextStep())
        .contains("auch ohne Anerkennung angestellt arbeiten")
        .contains("Ingenieurkammer Niedersachsen")
        .doesNotContain("nicht oder nur eingeschränkt");
    assertThat(de.hints()).anyMatch(h -> h.contains("anabin") && h.contains("ZAB"));
    assertThat(de.group().compensationNote().de()).contains("70 %");
    RecognitionAdvice uk = advise("2142", UKRAINIAN);
    assertThat(uk.headline()).containsPattern("\\p{IsCyrillic}").contains("назва");
    assertThat(uk.nextStep()).contains("без визнання");
    assertThat(uk.hints()).anyMatch(h -> h.contains("anabin"));
    assertThat(service.regulationOf("2142").presetsFullRecognition()).isFalse();
    assertThat(service.regulationOf("2161").presetsFullRecognition()).isFalse();
    assertThat(service.employerNotice(service.regulationOf("2142"), "x", Locale.GERMAN, true))
        .hasValueSatisfying(
            n ->
                assertThat(n)
                    .contains("ohne Anerkennung einstellen")
                    .contains("keine Anerkennung vorausgewählt"));
  }

  @Test
  void craftEmployeesMayWorkAndOnlyTheirOwnBusinessNeedsTheMasterLevel() {
    for (String isco : new String[] {"7512", "5141", "7411", "7121"}) {
      RecognitionAdvice de = advise(isco, Locale.GERMAN);
      assertThat(de.regulation().kind()).as(isco).isEqualTo(Regulation.CRAFT_BUSINESS);
      assertThat(de.headline()).as(isco).contains("Angestellt dürfen Sie ohne Anerkennung");
      assertThat(de.nextStep())
          .as(isco)
          .contains("Angestellt dürfen Sie in diesem Handwerk ohne Anerkennung arbeiten")
          .doesNotContain("nicht oder nur eingeschränkt");
      assertThat(service.regulationOf(isco).presetsFullRecognition()).as(isco).isFalse();
    }
    RecognitionAdvice planned =
        service.advise(
            "7512",
            RecognitionState.partialWith(
                org.talentbruecke.reference.domain.recognition.CompensationMeasure
                    .ADAPTATION_PERIOD,
                org.talentbruecke.reference.domain.recognition.MeasureStatus.PLANNED),
            Locale.GERMAN);
    assertThat(planned.nextStep()).doesNotContain("befristeten Erlaubnis");
    assertThat(advise("7512", Locale.GERMAN).group().compensationNote().de()).contains("§ 7b HwO");
    RecognitionAdvice tr = advise("7512", TURKISH);
    assertThat(tr.headline()).contains("çalışan olarak tanınma olmadan çalışabilirsiniz");
  }

  @Test
  void licensedActivitiesNameTheirLicenceAndAuthorityInsteadOfSayingAnyoneMayWork() {
    String[][] cases = {
      {"3153", "Luftfahrt-Bundesamt", "EASA"},
      {"8311", "Eisenbahn-Bundesamt", "Triebfahrzeugführerschein"},
      {"5165", "Fahrlehrerlaubnisbehörde", "Fahrlehrerlaubnis"},
      {"5414", "IHK Hannover", "§ 34a"},
      {"2230", "Fachbereich Gesundheit", "Heilpraktikererlaubnis"},
      {"3230", "Fachbereich Gesundheit", "Heilpraktikererlaubnis"},
      {"3152", "Bundesamt für Seeschifffahrt", "Befähigungszeugnis"},
      {"8332", "Fahrerlaubnisbehörde der Region Hannover", "Führerschein"},
    };
    for (String[] c : cases) {
      RecognitionAdvice de = advise(c[0], Locale.GERMAN);
      assertThat(de.regulation().kind()).as(c[0]).isEqualTo(Regulation.LICENCE);
      assertThat(de.headline()).as(c[0]).contains("Lizenz oder Erlaubnis");
      assertThat(de.nextStep())
          .as(c[0])
          .contains(c[1])
          .contains("Ohne sie dürfen Sie die Tätigkeit nicht ausüben")
          .doesNotContain("auch ohne Anerkennung arbeiten")
          .doesNotContain("direkt arbeiten");
      assertThat(de.explanation()).as(c[0]).contains(c[2]);
      assertThat(service.regulationOf(c[0]).presetsFullRecognition()).as(c[0]).isFalse();
    }
    RecognitionAdvice en = advise("3153", Locale.ENGLISH);
    assertThat(en.headline()).contains("licence");
    assertThat(en.nextStep()).contains("Luftfahrt-Bundesamt").doesNotContain("may work");
    assertThat(service.employerNotice(service.regulationOf("3153"), "x", Locale.ENGLISH, false))
        .hasValueSatisfying(n -> assertThat(n).contains("licence").contains("Pilots"));
  }

  @Test
  void nonRegulatedOccupationsAndDegreesMayWorkAndGetNoPreset() {
    RecognitionAdvice de = advise("8322", Locale.GERMAN);
    assertThat(de.regulation()).isEqualTo(RegulationAnswer.notRegulated());
    assertThat(de.headline()).contains("nicht reglementiert");
    assertThat(de.nextStep()).contains("IHK Hannover, Anerkennungsstelle");
    assertThat(de.hints()).anyMatch(h -> h.contains("Qualifikationsanalyse"));
    assertThat(de.hints()).anyMatch(h -> h.contains("IQ Netzwerk Niedersachsen"));
    assertThat(advise("8322", ARABIC).headline()).containsPattern("\\p{IsArabic}");
    RecognitionAdvice academic = advise("2512", UKRAINIAN);
    assertThat(academic.nextStep()).contains("anabin");
    assertThat(service.regulationOf("2512").presetsFullRecognition()).isFalse();
    assertThat(service.employerNotice(RegulationAnswer.notRegulated(), "x", Locale.GERMAN, true))
        .isEmpty();
  }

  @Test
  void partialEquivalenceInANonRegulatedOccupationPromisesNoCompulsoryMeasure() {
    RecognitionState partial = RecognitionState.of(RecognitionStatus.PARTIAL_EQUIVALENCE);
    RecognitionAdvice de = service.advise("8322", partial, Locale.GERMAN);
    assertThat(de.nextStep()).contains("Anpassungsqualifizierung").contains("Folgeantrag");
    assertThat(de.nextStep()).doesNotContain("Anpassungslehrgang");
    RecognitionAdvice regulated = service.advise("2221", partial, Locale.GERMAN);
    assertThat(regulated.hints())
        .anyMatch(h -> h.contains("§ 16d Aufenthaltsgesetz") && h.contains("früher § 17a"))
        .anyMatch(h -> h.contains("Anerkennungspartnerschaft") && h.contains("§ 81a"));
  }

  @Test
  void careAssistantsSwitchToTheFederalLawOnTheFirstOfJanuary2027() {
    RecognitionAdvice before = onDay("2026-12-31").advise("5321", NOT_STARTED, Locale.GERMAN);
    RecognitionAdvice after = onDay("2027-01-01").advise("5321", NOT_STARTED, Locale.GERMAN);
    assertThat(before.group().id()).isEqualTo("CARE_ASSISTANT");
    assertThat(before.group().legalBasis()).doesNotContain("Pflegefachassistenzgesetz");
    assertThat(after.group().id()).isEqualTo("CARE_ASSISTANT_FEDERAL");
    assertThat(after.group().legalBasis()).contains("Pflegefachassistenzgesetz");
    assertThat(after.group().compensationNote().de())
        .contains("Kenntnisprüfung oder Anpassungslehrgang");
    // The responsible body is not confirmed yet: the advice says so.
    assertThat(after.nextStep()).contains("Anerkennungs-Finder");
    assertThat(after.regulation().kind()).isEqualTo(Regulation.TITLE);
    assertThat(after.regulation().presetsFullRecognition()).isFalse();
  }

  @Test
  void anEscoFlagWithoutRegionalDataIsShownButPresetsNothing() {
    RegulationAnswer onlyEsco =
        new RegulationAnswer(Regulation.ACTIVITY, true, java.util.Optional.empty());
    assertThat(onlyEsco.status()).isEqualTo(RegulationAnswer.Status.DEPENDS_ON_OCCUPATION);
    assertThat(onlyEsco.presetsFullRecognition()).isFalse();
    assertThat(service.employerNotice(onlyEsco, "Seelotse", Locale.GERMAN, false))
        .hasValueSatisfying(n -> assertThat(n).contains("Seelotse").contains("Nur manche"));
  }
}
