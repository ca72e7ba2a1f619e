package org.talentbruecke.matching.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.ScarceSkill;
import org.talentbruecke.matching.domain.ScoreRules;
import org.talentbruecke.matching.domain.SkillRelations;

/**
 * An in-memory index of job seekers (compact) and openings for ranking both ways.
 *
 * <p>Candidates are stored as one int array each (skills, occupations, languages, qualifications as
 * interned ids packed with their levels; layout in {@link Rows}, packing in {@link RowPacker}), not
 * as object graphs, so that 100,000 profiles fit in a few tens of MB; openings likewise as one int
 * array each next to their snapshot. A scan ({@link CandidateScan}, {@link OpeningScan}) reads
 * these rows in slot order and nothing else. One candidate or opening is added, replaced or removed
 * without touching the others. A query scores every entry with the same whole-number rules as
 * {@link MatchScorer} ({@link ScoreRules}, on the packed form in {@link PackedScore}), keeps the
 * best {@code offset + limit} in a bounded heap ({@link TopK}), and only for those rebuilds the
 * snapshot and lets {@link MatchScorer} write the full explanation. The order is {@link
 * MatchCard#CANDIDATE_ORDER} / {@link MatchCard#OPENING_ORDER}; tests check it equals {@link
 * MatchRanking} exactly.
 *
 * <p>Thread-safe: queries share a read lock, changes take the write lock.
 */
public final class MatchingIndex {
  private final SkillRelations relations;
  private final MatchScorer scorer;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final RowPacker packer = new RowPacker();
  private final CandidateScan candidateScan;
  private final OpeningScan openingScan;
  private final SkillScarcity scarcity = new SkillScarcity();

  // One int row per candidate (see Rows) and its handle, by slot; null for a free slot.
  private int[][] candidates = new int[1024][];
  private String[] handles = new String[1024];
  private int candidateSlots;
  private int[] freeCandidateSlots = new int[16];
  private int freeCandidates;
  private final Map<String, Integer> candidateSlotByHandle = new HashMap<>();

  // Openings in a dense array (a scan reads them in order, not through a hash map's nodes).
  private int[][] openingRows = new int[256][]; // see Rows
  private OpeningSnapshot[] openings = new OpeningSnapshot[256];
  private int openingSlots;
  private int[] freeOpeningSlots = new int[16];
  private int freeOpenings;
  private final Map<String, Integer> openingSlotById = new HashMap<>();

  public MatchingIndex(SkillRelations relations) {
    this.relations = Objects.requireNonNull(relations, "relations");
    this.scorer = new MatchScorer(relations);
    this.candidateScan = new CandidateScan(packer, relations, scorer);
    this.openingScan = new OpeningScan(packer, relations, scorer);
  }

  // ---- changes ------------------------------------------------------------------------------

  /** Adds a job seeker, or replaces the one with the same handle. */
  public void addCandidate(CandidateSnapshot candidate) {
    lock.writeLock().lock();
    try {
      int[] packed = packer.pack(candidate, true);
      Integer slot = candidateSlotByHandle.get(candidate.handle());
      if (slot == null) {
        slot = freeCandidates > 0 ? freeCandidateSlots[--freeCandidates] : nextCandidateSlot();
        candidateSlotByHandle.put(candidate.handle(), slot);
      }
      scarcity.countSupply(candidates[slot], -1);
      scarcity.countSupply(packed, 1);
      candidates[slot] = packed;
      handles[slot] = candidate.handle();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private int nextCandidateSlot() {
    if (candidateSlots == candidates.length) {
      candidates = Arrays.copyOf(candidates, candidates.length * 2);
      handles = Arrays.copyOf(handles, handles.length * 2);
    }
    return candidateSlots++;
  }

  /** Removes a job seeker (e.g. the profile became hidden); false when the handle is unknown. */
  public boolean removeCandidate(String handle) {
    lock.writeLock().lock();
    try {
      Integer slot = candidateSlotByHandle.remove(handle);
      if (slot == null) {
        return false;
      }
      scarcity.countSupply(candidates[slot], -1);
      candidates[slot] = null;
      handles[slot] = null;
      if (freeCandidates == freeCandidateSlots.length) {
        freeCandidateSlots = Arrays.copyOf(freeCandidateSlots, freeCandidates * 2);
      }
      freeCandidateSlots[freeCandidates++] = slot;
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Adds an opening, or replaces the one with the same id. */
  public void addOpening(OpeningSnapshot opening) {
    lock.writeLock().lock();
    try {
      int[] packed = packer.packOpening(opening, true);
      Integer slot = openingSlotById.get(opening.id());
      if (slot == null) {
        slot = freeOpenings > 0 ? freeOpeningSlots[--freeOpenings] : nextOpeningSlot();
        openingSlotById.put(opening.id(), slot);
      }
      scarcity.countDemand(openingRows[slot], -1);
      scarcity.countDemand(packed, 1);
      openingRows[slot] = packed;
      openings[slot] = opening;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private int nextOpeningSlot() {
    if (openingSlots == openings.length) {
      openings = Arrays.copyOf(openings, openings.length * 2);
      openingRows = Arrays.copyOf(openingRows, openingRows.length * 2);
    }
    return openingSlots++;
  }

  public boolean removeOpening(String id) {
    lock.writeLock().lock();
    try {
      Integer slot = openingSlotById.remove(id);
      if (slot == null) {
        return false;
      }
      scarcity.countDemand(openingRows[slot], -1);
      openings[slot] = null;
      openingRows[slot] = null;
      if (freeOpenings == freeOpeningSlots.length) {
        freeOpeningSlots = Arrays.copyOf(freeOpeningSlots, freeOpenings * 2);
      }
      freeOpeningSlots[freeOpenings++] = slot;
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  public int candidateCount() {
    lock.readLock().lock();
    try {
      return candidateSlotByHandle.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  public int openingCount() {
    lock.readLock().lock();
    try {
      return openingSlotById.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The job seeker as stored, rebuilt from the packed form. */
  public Optional<CandidateSnapshot> candidate(String handle) {
    lock.readLock().lock();
    try {
      Integer slot = candidateSlotByHandle.get(handle);
      return slot == null
          ? Optional.empty()
          : Optional.of(packer.unpack(candidates[slot], handles[slot]));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The published opening as stored; empty when the index does not hold it. */
  public Optional<OpeningSnapshot> opening(String id) {
    lock.readLock().lock();
    try {
      Integer slot = openingSlotById.get(id);
      return slot == null ? Optional.empty() : Optional.of(openings[slot]);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** ESCO's skill graph the index was built with. */
  public SkillRelations relations() {
    return relations;
  }

  /**
   * The skills scarce in the region by {@link ScarceSkill#isScarce}, keyed by URI: demand counts
   * the stored openings asking for a skill (must-have or nice-to-have), supply the stored
   * candidates stating it (the same concept, not a broader or narrower one). The counts are kept
   * with every change, so this costs one pass over the skill vocabulary after a change and nothing
   * otherwise.
   */
  public Map<String, ScarceSkill> scarceSkills() {
    lock.readLock().lock();
    try {
      return scarcity.scarceSkills(
          packer.skills, openingSlotById.size(), candidateSlotByHandle.size());
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---- queries ------------------------------------------------------------------------------

  /** The ranked job seekers for an opening (which need not be in the index). */
  public MatchRanking.Page topCandidates(OpeningSnapshot opening, int limit, int offset) {
    checkPaging(limit, offset);
    lock.readLock().lock();
    try {
      if (opening.mustHaveSkills().size() + opening.niceToHaveSkills().size()
          > Rows.MAX_FAST_REQUIREMENTS) {
        return slowCandidates(opening, limit, offset);
      }
      return candidateScan.rank(opening, limit, offset, candidates, handles, candidateSlots);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Every job seeker in ranking order as outlines (tier, score, handle and the kinds of gap, no
   * explanations), for lists that are filtered or reordered before a page is cut: cards with
   * explanations are then made for the page only ({@link #card}). Empty for an opening with more
   * requirements than the packed scan handles; then rank with {@link #topCandidates}.
   */
  public Optional<List<MatchCard>> outline(OpeningSnapshot opening) {
    if (opening.mustHaveSkills().size() + opening.niceToHaveSkills().size()
        > Rows.MAX_FAST_REQUIREMENTS) {
      return Optional.empty();
    }
    lock.readLock().lock();
    try {
      return Optional.of(candidateScan.outline(opening, candidates, handles, candidateSlots));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The explained card of one stored job seeker for an opening; empty when the handle is gone. */
  public Optional<MatchCard> card(OpeningSnapshot opening, String handle) {
    return candidate(handle).map(c -> scorer.score(opening, c));
  }

  /** The ranked openings of the index for a job seeker (who need not be in the index). */
  public MatchRanking.Page topOpenings(CandidateSnapshot candidate, int limit, int offset) {
    checkPaging(limit, offset);
    lock.readLock().lock();
    try {
      return openingScan.rank(
          candidate, limit, offset, openingRows, openings, openingSlots, openingSlotById.size());
    } finally {
      lock.readLock().unlock();
    }
  }

  private MatchRanking.Page slowCandidates(OpeningSnapshot opening, int limit, int offset) {
    List<CandidateSnapshot> all = new ArrayList<>();
    for (int slot = 0; slot < candidateSlots; slot++) {
      if (candidates[slot] != null) {
        all.add(packer.unpack(candidates[slot], handles[slot]));
      }
    }
    return new MatchRanking(scorer).rank(opening, all, limit, offset);
  }

  private static void checkPaging(int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
    if ((long) limit + offset > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("limit + offset too large");
    }
  }
}
