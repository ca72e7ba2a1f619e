package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the check as a whole: the issue's example, ordering, conditions, input limits. */
class AdCheckTest {

  private final AdCheck check = AdCheck.standard();

  @Test
  void issueExampleYieldsExactlyTheTwoFindingsWithFixes() {
    String description =
        "Für unser junges Team in Hannover suchen wir Verstärkung. "
            + "Voraussetzung: Deutsch als Muttersprache.";

    List<Finding> findings = check.check(new AdText("Kundenberater (m/w/d)", description, "de"));

    assertThat(findings)
        .extracting(Finding::ruleId, Finding::phrase)
        .containsExactly(
            tuple("YOUNG_TEAM", "junges Team"),
            tuple("NATIVE_LANGUAGE", "Deutsch als Muttersprache"));
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(description.substring(f.start(), f.end())).isEqualTo(f.phrase());
              assertThat(f.field()).isEqualTo(AdField.DESCRIPTION);
            });
    assertThat(findings.get(0).suggestion()).contains("motiviertes Team");
    assertThat(findings.get(1).suggestion()).contains("B2");
    assertThat(findings.get(1).reason()).contains("8 AZR 402/15");
  }

  @Test
  void issueExampleAfterTheFixYieldsNothing() {
    String fixed =
        "Für unser motiviertes Team in Hannover suchen wir Verstärkung. "
            + "Voraussetzung: Deutsch auf Niveau B2 (Sprechen), B1 (Schreiben).";

    assertThat(check.check(new AdText("Kundenberater (m/w/d)", fixed, "de"))).isEmpty();
  }

  @Test
  void findingsAreOrderedByFieldThenPosition() {
    AdText ad =
        new AdText("Verkäuferin", "Sie haben keine Kinder. Bewerbung mit Foto. Junges Team.", "de");

    assertThat(check.check(ad))
        .extracting(Finding::field, Finding::ruleId)
        .containsExactly(
            tuple(AdField.TITLE, "GENDER_TITLE"),
            tuple(AdField.DESCRIPTION, "FAMILY_STATUS"),
            tuple(AdField.DESCRIPTION, "PHOTO_REQUEST"),
            tuple(AdField.DESCRIPTION, "YOUNG_TEAM"));
  }

  @Test
  void overlappingMatchesOfOneRuleBecomeOneFinding() {
    // "Bewerbung mit Lichtbild" is matched both as a whole and as the word "Lichtbild".
    List<Finding> findings = check.check(new AdText("", "Bewerbung mit Lichtbild", "de"));

    assertThat(findings)
        .singleElement()
        .extracting(Finding::phrase)
        .isEqualTo("Bewerbung mit Lichtbild");
  }

  @Test
  void softHyphensDoNotHideWordsAndPositionsPointIntoTheOriginal() {
    String description = "Sie sind Mutter\u00ADsprachler.";

    Finding finding = check.check(new AdText("", description, "de")).get(0);

    assertThat(finding.phrase()).isEqualTo("Mutter\u00ADsprachler");
    assertThat(description.substring(finding.start(), finding.end())).isEqualTo(finding.phrase());
  }

  @Test
  void aTitleMarkerElsewhereInTheTitleCoversTheWholeTitle() {
    assertThat(check.check(new AdText("Lagerarbeiter in Hannover-Linden (m/w/d)", "", "de")))
        .isEmpty();
    assertThat(check.check(new AdText("Lagerarbeiter in Hannover-Linden (m/w)", "", "de")))
        .extracting(Finding::ruleId)
        .containsExactly("GENDER_TITLE");
  }

  @Test
  void genderTitleRuleLooksOnlyAtTheTitle() {
    assertThat(
            check.check(
                new AdText("Aushilfe (m/w/d)", "Als Lagerarbeiter packen Sie Pakete.", "de")))
        .isEmpty();
  }

  @Test
  void languageLevelNamedInTheNextSentenceDoesNotExcuseAVagueOne() {
    List<Finding> findings =
        check.check(
            new AdText(
                "",
                "Sie haben sehr gute Deutschkenntnisse. Englisch auf Niveau B2 ist ein Plus.",
                "de"));

    assertThat(findings).extracting(Finding::ruleId).containsExactly("LANGUAGE_WITHOUT_LEVEL");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.ADVICE);
    assertThat(findings.get(0).suggestion()).contains("B1").contains("Berufssprachkurse");
  }

  @Test
  void nationalityFindingSaysItIsAllowedOnlyWhereTheLawRequiresIt() {
    Finding finding = check.check(new AdText("", "EU citizens only.", "en"), Language.EN).get(0);

    assertThat(finding.category()).isEqualTo(FindingCategory.NATIONALITY);
    assertThat(finding.reason()).contains("only where legally required");
  }

  @Test
  void religionFindingSaysOnlyChurchEmployersMayAsk() {
    Finding finding =
        check.check(new AdText("", "christliches Menschenbild", "de"), Language.EN).get(0);

    assertThat(finding.reason()).contains("church employers");
  }

  @Test
  void rejectsNullAdAndNullUiLanguage() {
    assertThatThrownBy(() -> check.check(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ad text");
    assertThatThrownBy(() -> check.check(new AdText("", "", "de"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UI language");
  }

  @Test
  void treatsMissingFieldsAsEmpty() {
    assertThat(check.check(new AdText(null, null, null))).isEmpty();
  }

  @Test
  void rejectsOversizedFieldsWithTheLimitInTheMessage() {
    String tooLong = "a".repeat(AdText.MAX_DESCRIPTION_LENGTH + 1);

    assertThatThrownBy(() -> new AdText("", tooLong, "de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100000");
    assertThatThrownBy(() -> new AdText("x".repeat(AdText.MAX_TITLE_LENGTH + 1), "", "de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }
}
