package org.talentbruecke.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.SkillSuggestionRanking.Suggestion;

class SkillSuggestionRankingTest {
  private static Suggestion essential(String uri) {
    return new Suggestion(uri, true, false);
  }

  private static Suggestion knowledge(String uri) {
    return new Suggestion(uri, true, true);
  }

  private static Suggestion optional(String uri) {
    return new Suggestion(uri, false, false);
  }

  private static List<String> uris(List<Suggestion> ranked) {
    return ranked.stream().map(Suggestion::uri).toList();
  }

  @Test
  void skillsMoreOpeningsAskForComeFirst() {
    List<Suggestion> ranked =
        SkillSuggestionRanking.rank(
            List.of(essential("a"), essential("b"), essential("c"), essential("d")),
            Map.of("c", 5, "b", 2, "d", 2));
    assertThat(uris(ranked)).containsExactly("c", "b", "d", "a");
  }

  @Test
  void withoutDemandEscoOrderStaysButWhatAPersonDoesComesBeforeFieldsOfKnowledge() {
    List<Suggestion> ranked =
        SkillSuggestionRanking.rank(
            List.of(
                knowledge("Allgemeinmedizin"),
                essential("Wunden versorgen"),
                knowledge("Chirurgie"),
                essential("Hygiene beachten")),
            Map.of());
    assertThat(uris(ranked))
        .containsExactly("Wunden versorgen", "Hygiene beachten", "Allgemeinmedizin", "Chirurgie");
  }

  @Test
  void demandOutweighsTheKindOfSkill() {
    List<Suggestion> ranked =
        SkillSuggestionRanking.rank(
            List.of(essential("do"), knowledge("know")), Map.of("know", 1L));
    assertThat(uris(ranked)).containsExactly("know", "do");
  }

  @Test
  void essentialSkillsComeBeforeOptionalOnesEvenWhenOptionalOnesAreAskedForMore() {
    List<Suggestion> ranked =
        SkillSuggestionRanking.rank(
            List.of(optional("popular extra"), knowledge("essential field")),
            Map.of("popular extra", 30));
    assertThat(uris(ranked)).containsExactly("essential field", "popular extra");
  }

  @Test
  void aSkillOfTwoOccupationsIsListedOnceAndIsEssentialWhenOneOccupationSaysSo() {
    List<Suggestion> ranked =
        SkillSuggestionRanking.rank(
            List.of(essential("a"), optional("shared"), essential("shared")), Map.of());
    assertThat(ranked)
        .containsExactly(new Suggestion("a", true, false), new Suggestion("shared", true, false));
  }
}
