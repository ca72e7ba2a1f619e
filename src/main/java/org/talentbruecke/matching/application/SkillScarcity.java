package org.talentbruecke.matching.application;

import static org.talentbruecke.matching.application.Rows.C_HEADER;
import static org.talentbruecke.matching.application.Rows.C_SKILLS;
import static org.talentbruecke.matching.application.Rows.O_HEADER;
import static org.talentbruecke.matching.application.Rows.O_REQUIREMENTS;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.talentbruecke.matching.domain.ScarceSkill;

/**
 * Demand (openings asking) and supply (candidates stating) per skill id, kept with every change of
 * the index, for the scarce skills of the added-value view. The index calls the counting methods
 * under its write lock and {@link #scarceSkills} under its read lock.
 */
final class SkillScarcity {
  private int[] demandBySkill = new int[1024];
  private int[] supplyBySkill = new int[1024];
  private long changes;
  private volatile Scarcity scarcity;

  private record Scarcity(long asOf, Map<String, ScarceSkill> skills) {}

  /**
   * The skills scarce by {@link ScarceSkill#isScarce}, keyed by URI; one pass over the skill
   * vocabulary after a change, nothing otherwise.
   */
  Map<String, ScarceSkill> scarceSkills(Interner skills, int openingCount, int candidateCount) {
    Scarcity current = scarcity;
    if (current != null && current.asOf() == changes) {
      return current.skills();
    }
    Map<String, ScarceSkill> scarce = new HashMap<>();
    int known = Math.min(skills.size(), demandBySkill.length);
    for (int id = 0; id < known; id++) {
      int demand = demandBySkill[id];
      int supply = id < supplyBySkill.length ? supplyBySkill[id] : 0;
      if (ScarceSkill.isScarce(demand, supply, openingCount, candidateCount)) {
        String uri = skills.value(id);
        scarce.put(uri, new ScarceSkill(uri, demand, supply));
      }
    }
    Map<String, ScarceSkill> result = Map.copyOf(scarce);
    scarcity = new Scarcity(changes, result);
    return result;
  }

  /** Counts a candidate row's skills (each distinct skill once) in or out; null counts nothing. */
  void countSupply(int[] c, int delta) {
    changes++;
    if (c == null) {
      return;
    }
    int previous = -1;
    int[] ids = Arrays.copyOfRange(c, C_HEADER, C_HEADER + c[C_SKILLS]);
    for (int i = 0; i < ids.length; i++) {
      ids[i] >>>= 2;
    }
    Arrays.sort(ids);
    for (int id : ids) {
      if (id != previous) {
        supplyBySkill = grown(supplyBySkill, id);
        supplyBySkill[id] += delta;
        previous = id;
      }
    }
  }

  /** Counts an opening row's skill requirements in or out; null counts nothing. */
  void countDemand(int[] o, int delta) {
    changes++;
    if (o == null) {
      return;
    }
    for (int j = 0, r = o[O_REQUIREMENTS]; j < r; j++) {
      int id = o[O_HEADER + j];
      if (id >= 0) {
        demandBySkill = grown(demandBySkill, id);
        demandBySkill[id] += delta;
      }
    }
  }

  private static int[] grown(int[] counts, int id) {
    return id < counts.length ? counts : Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
  }
}
