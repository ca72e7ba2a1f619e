package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rules an ad is matched with, and in which language its findings are explained. */
class LanguageSelectionTest {

  private final AdCheck check = AdCheck.standard();

  @Test
  void explanationsFollowTheUiLanguageWhileMatchingFollowsTheAd() {
    AdText germanAd = new AdText("", "Deutsch als Muttersprache", "de");

    Finding inEnglish = check.check(germanAd, Language.EN).get(0);
    Finding inGerman = check.check(germanAd, Language.DE).get(0);

    assertThat(inEnglish.reason()).contains("native speaker");
    assertThat(inGerman.reason()).contains("Muttersprache");
    assertThat(inEnglish.phrase()).isEqualTo(inGerman.phrase());
  }

  @Test
  void anAdMatchesOnlyTheRulesOfItsOwnLanguage() {
    String mixed = "junges Team, young team";

    assertThat(check.check(new AdText("", mixed, "de")))
        .extracting(Finding::phrase)
        .containsExactly("junges Team");
    assertThat(check.check(new AdText("", mixed, "en-GB")))
        .extracting(Finding::phrase)
        .containsExactly("young team");
  }

  @Test
  void unknownAdLanguageIsCheckedWithEveryRuleSetAndExplainedInGerman() {
    List<Finding> findings = check.check(new AdText("", "junges Team, young team", "ar"));

    assertThat(findings).extracting(Finding::phrase).containsExactly("junges Team", "young team");
    assertThat(findings.get(0).reason()).contains("Team");
    assertThat(findings.get(0).suggestion()).contains("motiviertes Team");
  }

  @Test
  void readsLanguageTags() {
    assertThat(Language.fromTag("de-DE")).contains(Language.DE);
    assertThat(Language.fromTag(" EN ")).contains(Language.EN);
    assertThat(Language.fromTag("tr")).isEmpty();
    assertThat(Language.fromTag(null)).isEmpty();
  }
}
