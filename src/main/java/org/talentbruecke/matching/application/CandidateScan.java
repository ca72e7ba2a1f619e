package org.talentbruecke.matching.application;

import static org.talentbruecke.matching.application.Rows.C_HEADER;
import static org.talentbruecke.matching.application.Rows.C_MUNICIPALITY;
import static org.talentbruecke.matching.application.Rows.C_SKILLS;
import static org.talentbruecke.matching.application.Rows.C_WORK;
import static org.talentbruecke.matching.application.Rows.O_HEADER;
import static org.talentbruecke.matching.application.Rows.O_REQUIREMENTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.MatchTier;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.ScoreRules;
import org.talentbruecke.matching.domain.SkillEvidence;
import org.talentbruecke.matching.domain.SkillLevel;
import org.talentbruecke.matching.domain.SkillRelations;

/**
 * One opening against every candidate row: per-query tables by skill id (which evidence kind each
 * stored skill gives for each requirement) and by occupation id (which requirements its essential
 * skills cover), then one pass over the rows keeping the best {@code offset + limit} keys, and full
 * explanations by {@link MatchScorer} for those only. Runs under the index's read lock; at most
 * {@link Rows#MAX_FAST_REQUIREMENTS} requirements.
 */
final class CandidateScan {
  private static final SkillEvidence[] KIND_BY_CODE = {
    SkillEvidence.NONE,
    SkillEvidence.SAME,
    SkillEvidence.NARROWER,
    SkillEvidence.BROADER,
    SkillEvidence.RELATED
  };

  private final RowPacker packer;
  private final SkillRelations relations;
  private final MatchScorer scorer;

  CandidateScan(RowPacker packer, SkillRelations relations, MatchScorer scorer) {
    this.packer = packer;
    this.relations = relations;
    this.scorer = scorer;
  }

  /** The per-query tables of one opening, and the last row's must-have bits. */
  private final class Query {
    final int[] o;
    final long[] kindMasks;
    final int[] essentialMasks;
    final int[] distances;
    final int[] best;
    int meets;

    Query(OpeningSnapshot opening) {
      Interner skills = packer.skills;
      o = packer.packOpening(opening, false);
      int r = o[O_REQUIREMENTS];
      // The requirements in the row's order (must-haves first). By URI, not by the row's ids: a
      // skill no stored item has (id -1) still has stored narrower, broader or related skills.
      List<String> requirements = new ArrayList<>(opening.mustHaveSkills());
      requirements.addAll(opening.niceToHaveSkills());
      // Indexed by skill id: dense, because every candidate skill is looked up once per query.
      kindMasks = new long[skills.size()];
      for (int j = 0; j < r; j++) {
        String required = requirements.get(j);
        long shift = 3L * j;
        // Highest priority first; a lower kind never overwrites a higher one for the same pair.
        setKind(kindMasks, o[O_HEADER + j], 1, shift);
        for (String s : relations.narrower(required)) {
          setKind(kindMasks, skills.idOf(s), 2, shift);
        }
        for (String s : relations.broader(required)) {
          setKind(kindMasks, skills.idOf(s), 3, shift);
        }
        for (String s : relations.related(required)) {
          setKind(kindMasks, skills.idOf(s), 4, shift);
        }
      }
      essentialMasks = essentialMasks(requirements);
      distances = packer.distancesTo(opening.municipality(), false);
      best = new int[r];
    }

    /** The sort key of one candidate row ({@link PackedScore#key}); sets {@link #meets}. */
    long key(int[] c) {
      Arrays.fill(best, 0);
      int meets = 0;
      for (int i = C_HEADER, end = C_HEADER + c[C_SKILLS]; i < end; i++) {
        int s = c[i];
        long mask = kindMasks[s >>> 2];
        if (mask == 0) {
          continue;
        }
        SkillLevel level = RowPacker.LEVELS[s & 3];
        while (mask != 0) {
          int bit = Long.numberOfTrailingZeros(mask);
          int j = bit / 3;
          SkillEvidence kind = KIND_BY_CODE[(int) ((mask >>> (3 * j)) & 7)];
          mask &= ~(7L << (3 * j));
          best[j] = Math.max(best[j], kind.coverage(level));
          if (kind.meetsMustHave()) {
            meets |= 1 << j;
          }
        }
      }
      for (int w = Rows.workAt(c), end = w + 3 * c[C_WORK]; w < end; w += 3) {
        int mask = essentialMasks[c[w]];
        while (mask != 0) {
          int j = Integer.numberOfTrailingZeros(mask);
          mask &= mask - 1;
          best[j] = Math.max(best[j], SkillEvidence.ESSENTIAL_OF_OCCUPATION.coverage(null));
          meets |= 1 << j;
        }
      }
      this.meets = meets;
      return PackedScore.key(o, c, best, meets, distances[c[C_MUNICIPALITY]]);
    }
  }

  /**
   * @param rows the candidate rows by slot (null for a free slot), {@code slots} of them in use
   * @param handles the handles by slot
   */
  MatchRanking.Page rank(
      OpeningSnapshot opening, int limit, int offset, int[][] rows, String[] handles, int slots) {
    Query query = new Query(opening);
    TopK top = new TopK(offset + limit);
    int total = 0;
    for (int slot = 0; slot < slots; slot++) {
      int[] c = rows[slot];
      if (c == null) {
        continue;
      }
      total++;
      long key = query.key(c);
      if (top.mayTake(key)) {
        top.offer(key, handles[slot], c);
      }
    }
    List<MatchCard> cards = new ArrayList<>();
    for (TopK.Entry e : top.sortedFrom(offset)) {
      cards.add(scorer.score(opening, packer.unpack((int[]) e.item(), e.tieBreak())));
    }
    return new MatchRanking.Page(cards, total);
  }

  /**
   * Every candidate in {@link MatchCard#CANDIDATE_ORDER}, as an outline: a card with the tier, the
   * score and the handle, no parts, and for a close match the kinds of gap the filters ask about
   * ({@code matching.gap.mustHave}, {@code matching.gap.recognitionMissing} for any recognition
   * gap, else {@code matching.gap.occupation}), without their arguments.
   */
  List<MatchCard> outline(OpeningSnapshot opening, int[][] rows, String[] handles, int slots) {
    Query query = new Query(opening);
    List<MatchCard> all = new ArrayList<>();
    for (int slot = 0; slot < slots; slot++) {
      int[] c = rows[slot];
      if (c == null) {
        continue;
      }
      long key = query.key(c);
      boolean full = (key >>> 32) != 0;
      all.add(
          new MatchCard(
              handles[slot],
              opening.id(),
              full ? MatchTier.FULL : MatchTier.CLOSE,
              (int) key,
              List.of(),
              full ? List.of() : PackedScore.gapKinds(query.o, c, query.meets),
              ScoreRules.ALGORITHM_VERSION));
    }
    all.sort(MatchCard.CANDIDATE_ORDER);
    return all;
  }

  /** By occupation id: one bit per requirement that is an essential skill of the occupation. */
  private int[] essentialMasks(List<String> requirements) {
    Interner occupations = packer.occupations;
    int[] essentialMasks = new int[occupations.size()];
    for (int occupation = 0; occupation < essentialMasks.length; occupation++) {
      Set<String> essential = relations.essentialSkills(occupations.value(occupation));
      if (essential.isEmpty()) {
        continue;
      }
      for (int j = 0; j < requirements.size(); j++) {
        if (essential.contains(requirements.get(j))) {
          essentialMasks[occupation] |= 1 << j;
        }
      }
    }
    return essentialMasks;
  }

  private static void setKind(long[] masks, int skillId, int code, long shift) {
    if (skillId < 0) {
      return;
    }
    if (((masks[skillId] >>> shift) & 7) == 0) {
      masks[skillId] |= (long) code << shift;
    }
  }
}
