package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static final String HEADER =
      "id,category,severity,scope,condition,window,reason_de,suggestion_de,reason_en,suggestion_en\n";
  private static final String RULE =
      "TEST_RULE,AGE,AGG_RISK,ANY,NONE,0,Grund,Vorschlag,Reason,Suggestion\n";

  @Test
  void shippedRulesHaveStableIdsAndCoverBothLanguages() {
    RuleSet rules = RuleSet.standard();

    assertThat(rules.rules())
        .extracting(AdRule::id)
        .containsExactly(
            "NATIVE_LANGUAGE",
            "ACCENT_FREE",
            "ORIGIN_DEMAND",
            "NATIONALITY_REQUIRED",
            "YOUNG_TEAM",
            "AGE_LIMIT",
            "DIGITAL_NATIVE",
            "GENDER_TITLE",
            "GENDER_SEARCH",
            "GENDER_EXPLICIT",
            "GENDER_ONE_FORM",
            "PHOTO_REQUEST",
            "LANGUAGE_WITHOUT_LEVEL",
            "RELIGION_REQUIREMENT",
            "HEALTH_REQUIREMENT",
            "FAMILY_STATUS",
            "PREGNANCY",
            "SEXUAL_IDENTITY");
    assertThat(rules.rules())
        .allSatisfy(
            rule -> {
              for (Language language : Language.values()) {
                assertThat(rule.patterns())
                    .as(rule.id() + " in " + language)
                    .anyMatch(p -> p.languages().contains(language));
                assertThat(rule.text(language).reason()).isNotBlank();
              }
            });
    assertThat(rules.rule("GENDER_TITLE"))
        .hasValueSatisfying(
            rule -> {
              assertThat(rule.scope()).isEqualTo(RuleScope.TITLE);
              assertThat(rule.condition()).isEqualTo(RuleCondition.NO_GENDER_MARKER);
            });
  }

  @Test
  void expandsMacros() {
    RuleSet rules =
        load(
            RULE,
            "rule,lang,pattern\nTEST_RULE,de,\"\\b{{WORD}}\\b\"\n",
            "name,pattern\nWORD,jung\n");

    assertThat(new AdCheck(rules).check(new AdText("", "jung und alt", "de")))
        .extracting(Finding::phrase)
        .containsExactly("jung");
  }

  @Test
  void rejectsUnboundedRepetition() {
    assertThatThrownBy(
            () -> load(RULE, "rule,lang,pattern\nTEST_RULE,de,\"(a+)+b\"\n", "name,pattern\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bound");
  }

  @Test
  void rejectsBrokenRegexWithTheRuleId() {
    assertThatThrownBy(
            () -> load(RULE, "rule,lang,pattern\nTEST_RULE,de,\"(jung\"\n", "name,pattern\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEST_RULE");
  }

  @Test
  void rejectsPatternsForUnknownRulesAndRulesWithoutPatterns() {
    assertThatThrownBy(() -> load(RULE, "rule,lang,pattern\nOTHER,de,jung\n", "name,pattern\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> load(RULE, "rule,lang,pattern\n", "name,pattern\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no pattern");
  }

  @Test
  void rejectsUnknownMacrosAndLanguages() {
    assertThatThrownBy(
            () -> load(RULE, "rule,lang,pattern\nTEST_RULE,de,{{NOPE}}\n", "name,pattern\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE");
    assertThatThrownBy(() -> load(RULE, "rule,lang,pattern\nTEST_RULE,fr,jung\n", "name,pattern\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fr");
  }

  @Test
  void rejectsRulesWithoutAnEnglishText() {
    String rule = "TEST_RULE,AGE,AGG_RISK,ANY,NONE,0,Grund,Vorschlag,,\n";

    assertThatThrownBy(() -> load(rule, "rule,lang,pattern\nTEST_RULE,de,jung\n", "name,pattern\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RuleSet load(String rules, String patterns, String macros) {
    return RuleSet.load(
        new StringReader(HEADER + rules), new StringReader(patterns), new StringReader(macros));
  }
}
