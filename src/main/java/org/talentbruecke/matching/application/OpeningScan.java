package org.talentbruecke.matching.application;

import static org.talentbruecke.matching.application.Rows.MAX_FAST_REQUIREMENTS;
import static org.talentbruecke.matching.application.Rows.O_HEADER;
import static org.talentbruecke.matching.application.Rows.O_MUNICIPALITY;
import static org.talentbruecke.matching.application.Rows.O_REQUIREMENTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.matching.domain.CandidateSkill;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.SkillEvidence;
import org.talentbruecke.matching.domain.SkillRelations;
import org.talentbruecke.matching.domain.WorkExperience;

/**
 * One job seeker against every opening row: a per-query table by skill id of the best coverage the
 * person offers (their skills, the skills related to them, the essential skills of their
 * occupations), then one pass over the rows keeping the best {@code offset + limit} keys, and full
 * explanations for those only. An opening with more requirements than the masks hold is scored the
 * slow way. Runs under the index's read lock.
 */
final class OpeningScan {
  private final RowPacker packer;
  private final SkillRelations relations;
  private final MatchScorer scorer;

  OpeningScan(RowPacker packer, SkillRelations relations, MatchScorer scorer) {
    this.packer = packer;
    this.relations = relations;
    this.scorer = scorer;
  }

  /**
   * @param rows the opening rows by slot (null for a free slot), {@code slots} of them in use
   * @param openings the snapshots by slot
   * @param total how many openings the index holds
   */
  MatchRanking.Page rank(
      CandidateSnapshot candidate,
      int limit,
      int offset,
      int[][] rows,
      OpeningSnapshot[] openings,
      int slots,
      int total) {
    int[] c = packer.pack(candidate, false);
    int[] reach = reach(candidate);
    int[] distances = packer.distancesTo(candidate.municipality(), true);
    int[] best = new int[MAX_FAST_REQUIREMENTS];
    TopK top = new TopK(offset + limit);
    List<MatchCard> slow = new ArrayList<>();
    for (int slot = 0; slot < slots; slot++) {
      int[] o = rows[slot];
      if (o == null) {
        continue;
      }
      int r = o[O_REQUIREMENTS];
      if (r > MAX_FAST_REQUIREMENTS) {
        slow.add(scorer.score(openings[slot], candidate));
        continue;
      }
      int meets = 0;
      for (int j = 0; j < r; j++) {
        int id = o[O_HEADER + j];
        int v = id < 0 ? 0 : reach[id];
        best[j] = v >>> 1;
        if ((v & 1) != 0) {
          meets |= 1 << j;
        }
      }
      long key = PackedScore.key(o, c, best, meets, distances[o[O_MUNICIPALITY]]);
      if (top.mayTake(key)) {
        top.offer(key, openings[slot].id(), openings[slot]);
      }
    }
    for (MatchCard card : slow) {
      top.offer(PackedScore.keyOf(card), card.openingId(), card);
    }
    List<MatchCard> cards = new ArrayList<>();
    for (TopK.Entry e : top.sortedFrom(offset)) {
      cards.add(
          e.item() instanceof MatchCard card
              ? card
              : scorer.score((OpeningSnapshot) e.item(), candidate));
    }
    return new MatchRanking.Page(cards, total);
  }

  /**
   * The best coverage ({@code << 1 | meets}) the person offers for every skill id within reach.
   * Indexed by skill id: every requirement of every opening is looked up once per query.
   */
  private int[] reach(CandidateSnapshot candidate) {
    Interner skills = packer.skills;
    int[] reach = new int[skills.size()];
    for (CandidateSkill skill : candidate.skills()) {
      Map<Integer, SkillEvidence> kinds = new HashMap<>();
      putKind(kinds, skills.idOf(skill.skillUri()), SkillEvidence.SAME);
      for (String r : relations.broader(skill.skillUri())) {
        putKind(kinds, skills.idOf(r), SkillEvidence.NARROWER);
      }
      for (String r : relations.narrower(skill.skillUri())) {
        putKind(kinds, skills.idOf(r), SkillEvidence.BROADER);
      }
      for (String r : relations.related(skill.skillUri())) {
        putKind(kinds, skills.idOf(r), SkillEvidence.RELATED);
      }
      kinds.forEach((id, kind) -> offerReach(reach, id, kind, kind.coverage(skill.level())));
    }
    for (WorkExperience work : candidate.workHistory()) {
      for (String r : relations.essentialSkills(work.occupation().escoUri())) {
        SkillEvidence kind = SkillEvidence.ESSENTIAL_OF_OCCUPATION;
        offerReach(reach, skills.idOf(r), kind, kind.coverage(null));
      }
    }
    return reach;
  }

  private static void putKind(Map<Integer, SkillEvidence> kinds, int id, SkillEvidence kind) {
    if (id >= 0) {
      kinds.putIfAbsent(id, kind);
    }
  }

  private static void offerReach(int[] reach, int id, SkillEvidence kind, int coverage) {
    if (id < 0) {
      return;
    }
    int current = reach[id];
    int coverageBits = Math.max(current >>> 1, coverage);
    int meets = (current & 1) | (kind.meetsMustHave() ? 1 : 0);
    reach[id] = coverageBits << 1 | meets;
  }
}
