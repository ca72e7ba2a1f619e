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
import org.talentbruecke.matching.domain.OpeningSnapshot;
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

  /**
   * @param rows the candidate rows by slot (null for a free slot), {@code slots} of them in use
   * @param handles the handles by slot
   */
  MatchRanking.Page rank(
      OpeningSnapshot opening, int limit, int offset, int[][] rows, String[] handles, int slots) {
    Interner skills = packer.skills;
    int[] o = packer.packOpening(opening, false);
    int r = o[O_REQUIREMENTS];
    // Indexed by skill id: dense, because every candidate skill is looked up once per query.
    long[] kindMasks = new long[skills.size()];
    for (int j = 0; j < r; j++) {
      String required = skills.valueOrNull(o[O_HEADER + j]);
      if (required == null) {
        continue;
      }
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
    int[] essentialMasks = essentialMasks(o, r);
    int[] distances = packer.distancesTo(opening.municipality(), false);
    int[] best = new int[r];
    TopK top = new TopK(offset + limit);
    int total = 0;
    for (int slot = 0; slot < slots; slot++) {
      int[] c = rows[slot];
      if (c == null) {
        continue;
      }
      total++;
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
      long key = PackedScore.key(o, c, best, meets, distances[c[C_MUNICIPALITY]]);
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

  /** By occupation id: one bit per requirement that is an essential skill of the occupation. */
  private int[] essentialMasks(int[] o, int r) {
    Interner skills = packer.skills;
    Interner occupations = packer.occupations;
    int[] essentialMasks = new int[occupations.size()];
    for (int occupation = 0; occupation < essentialMasks.length; occupation++) {
      Set<String> essential = relations.essentialSkills(occupations.value(occupation));
      if (essential.isEmpty()) {
        continue;
      }
      for (int j = 0; j < r; j++) {
        String required = skills.valueOrNull(o[O_HEADER + j]);
        if (required != null && essential.contains(required)) {
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
