package org.talentbruecke.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.matching.domain.MatchingFixtures.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;

/** Each kind of added value, its points, and what does not count. */
class AddedValueAssessorTest {
  private static final String INTERCULTURAL = "skill:intercultural";
  private static final AddedValueAssessor ASSESSOR =
      new AddedValueAssessor(Set.of(INTERCULTURAL, "skill:translate"));
  private static final OrganisationMarkets MARKETS =
      new OrganisationMarkets(Set.of("tur", "ara", "deu", "eng"), Set.of("TR", "PL", "DE"));

  private static AddedValue assess(CandidateSnapshot c) {
    return ASSESSOR.assess(c, MARKETS, Map.of());
  }

  private static List<String> keys(AddedValue v) {
    return v.reasons().stream().map(Reason::key).toList();
  }

  @Test
  void aMarketLanguageCountsAsMotherTongueOrFromB2() {
    AddedValue nativeSpeaker = assess(candidate("a").motherTongue("tur").build());
    assertThat(nativeSpeaker.reasons())
        .containsExactly(Reason.of("matching.value.marketLanguageNative", "tur", "NATIVE"));
    assertThat(nativeSpeaker.points()).isEqualTo(AddedValueAssessor.MARKET_LANGUAGE_POINTS);

    AddedValue b2 = assess(candidate("b").speaks("eng", CefrLevel.B2).build());
    assertThat(b2.reasons())
        .containsExactly(Reason.of("matching.value.marketLanguage", "eng", "B2"));

    // The lowest sub-skill decides: B2 listening with B1 writing is not B2.
    CefrSkillLevels mixed =
        new CefrSkillLevels(CefrLevel.C1, CefrLevel.B2, CefrLevel.B2, CefrLevel.B2, CefrLevel.B1);
    assertThat(assess(candidate("c").speaks("ara", mixed).build())).isEqualTo(AddedValue.NONE);
    assertThat(assess(candidate("d").speaks("ara", CefrLevel.B1).build()))
        .isEqualTo(AddedValue.NONE);
  }

  @Test
  void germanAndLanguagesOutsideTheMarketsAddNothing() {
    CandidateSnapshot c =
        candidate("a").motherTongue("deu").motherTongue("fra").speaks("rus", CefrLevel.C2).build();
    assertThat(assess(c)).isEqualTo(AddedValue.NONE);
    assertThat(
            ASSESSOR.assess(
                candidate("b").motherTongue("tur").build(), OrganisationMarkets.NONE, Map.of()))
        .isEqualTo(AddedValue.NONE);
  }

  @Test
  void workInATradeCountryCountsOncePerCountryWithTheYearsAddedUp() {
    CandidateSnapshot c =
        candidate("a")
            .worked(COOK, "TR", 2)
            .worked(NURSE, "TR", 3)
            .worked(COOK, "PL", 1)
            .worked(COOK, "DE", 5) // home, not an export market
            .worked(COOK, "FR", 4) // not traded with
            .worked(COOK, "PL", 0)
            .build();
    AddedValue v = assess(c);
    assertThat(v.reasons())
        .containsExactly(
            Reason.of("matching.value.tradeCountry", "PL", 1),
            Reason.of("matching.value.tradeCountry", "TR", 5));
    assertThat(v.points()).isEqualTo(2 * AddedValueAssessor.TRADE_COUNTRY_POINTS);
    assertThat(assess(candidate("b").worked(COOK, "PL", 0).build())).isEqualTo(AddedValue.NONE);
  }

  @Test
  void interculturalAndMultilingualServiceSkillsFromTheListCount() {
    CandidateSnapshot c = candidate("a").skills(INTERCULTURAL, COOKING, "skill:translate").build();
    AddedValue v = assess(c);
    assertThat(v.reasons())
        .containsExactly(
            Reason.of("matching.value.serviceSkill", INTERCULTURAL),
            Reason.of("matching.value.serviceSkill", "skill:translate"));
    assertThat(v.points()).isEqualTo(2 * AddedValueAssessor.SERVICE_SKILL_POINTS);
  }

  @Test
  void scarceSkillsCountMostAskedForFirstAndAtMostThree() {
    Map<String, ScarceSkill> scarce =
        Map.of(
            WIRING, new ScarceSkill(WIRING, 9, 1),
            COOKING, new ScarceSkill(COOKING, 3, 0),
            BAKING, new ScarceSkill(BAKING, 5, 2),
            HYGIENE, new ScarceSkill(HYGIENE, 2, 0));
    CandidateSnapshot c =
        candidate("a").skills(HYGIENE, COOKING, BAKING, WIRING, MEDICATION).build();
    AddedValue v = ASSESSOR.assess(c, OrganisationMarkets.NONE, scarce);
    assertThat(v.reasons())
        .containsExactly(
            Reason.of("matching.value.scarceSkill", WIRING, 9, 1),
            Reason.of("matching.value.scarceSkill", BAKING, 5, 2),
            Reason.of("matching.value.scarceSkill", COOKING, 3, 0));
    assertThat(v.points()).isEqualTo(3 * AddedValueAssessor.SCARCE_SKILL_POINTS);
  }

  @Test
  void everythingAddsUpInAFixedOrder() {
    CandidateSnapshot c =
        candidate("a")
            .motherTongue("ara")
            .worked(NURSE, "TR", 4)
            .skills(INTERCULTURAL, WOUND_CARE)
            .build();
    AddedValue v =
        ASSESSOR.assess(c, MARKETS, Map.of(WOUND_CARE, new ScarceSkill(WOUND_CARE, 4, 0)));
    assertThat(keys(v))
        .containsExactly(
            "matching.value.marketLanguageNative",
            "matching.value.tradeCountry",
            "matching.value.serviceSkill",
            "matching.value.scarceSkill");
    assertThat(v.points()).isEqualTo(10 + 8 + 5 + 4);
  }

  @Test
  void aSkillIsScarceWhenOpeningsAskForItTwiceAsOftenAsProfilesNameIt() {
    // 10 openings, 99 candidates: 2 openings (20 %) against 4 candidates (5/100 = 5 %): scarce.
    assertThat(ScarceSkill.isScarce(2, 4, 10, 99)).isTrue();
    // One opening alone is never enough.
    assertThat(ScarceSkill.isScarce(1, 0, 10, 99)).isFalse();
    // 20 % of openings against 10 % of candidates is exactly twice: scarce; a bit more supply: not.
    assertThat(ScarceSkill.isScarce(2, 9, 10, 99)).isTrue();
    assertThat(ScarceSkill.isScarce(2, 10, 10, 99)).isFalse();
    assertThat(ScarceSkill.isScarce(5, 0, 0, 99)).isFalse();
  }
}
