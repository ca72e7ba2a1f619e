package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.InMemorySkillRelations;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OpeningSnapshot;

/**
 * Outlines (for filtered lists and the added-value order) must place everyone as the full ranking
 * does, and carry the gaps the filters read.
 */
class MatchingIndexOutlineTest {
  private final SyntheticMatchingData data = new SyntheticMatchingData(7);
  private final InMemorySkillRelations relations = data.relations();
  private final MatchRanking reference = new MatchRanking(new MatchScorer(relations));

  private static boolean hasGap(MatchCard card, String key) {
    return card.gaps().stream().anyMatch(g -> g.key().equals(key));
  }

  private static boolean recognitionGap(MatchCard card) {
    return hasGap(card, "matching.gap.recognitionRoute")
        || hasGap(card, "matching.gap.recognitionMissing");
  }

  @Test
  void outlinesFollowTheFullRankingAndCarryTheGapsFiltersRead() {
    MatchingIndex index = new MatchingIndex(relations);
    List<CandidateSnapshot> all = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      all.add(data.candidate(i));
      index.addCandidate(data.candidate(i));
    }
    int recognitionGaps = 0;
    int mustHaveGaps = 0;
    for (int o = 0; o < 40; o++) {
      OpeningSnapshot opening = data.opening(o);
      List<MatchCard> expected = reference.rank(opening, all, all.size(), 0).cards();
      List<MatchCard> outline = index.outline(opening).orElseThrow();
      assertThat(outline).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        MatchCard full = expected.get(i);
        MatchCard brief = outline.get(i);
        assertThat(brief.candidateHandle()).as(opening.id()).isEqualTo(full.candidateHandle());
        assertThat(brief.tier()).isEqualTo(full.tier());
        assertThat(brief.scoreTenths()).isEqualTo(full.scoreTenths());
        assertThat(brief.parts()).isEmpty();
        assertThat(hasGap(brief, "matching.gap.mustHave"))
            .as(full.candidateHandle())
            .isEqualTo(hasGap(full, "matching.gap.mustHave"));
        assertThat(recognitionGap(brief)).isEqualTo(recognitionGap(full));
        mustHaveGaps += hasGap(full, "matching.gap.mustHave") ? 1 : 0;
        recognitionGaps += recognitionGap(full) ? 1 : 0;
      }
      MatchCard first = expected.get(0);
      assertThat(index.card(opening, first.candidateHandle())).contains(first);
    }
    // The data must exercise both kinds of gap, or the comparison proves little.
    assertThat(mustHaveGaps).isPositive();
    assertThat(recognitionGaps).isPositive();
  }
}
