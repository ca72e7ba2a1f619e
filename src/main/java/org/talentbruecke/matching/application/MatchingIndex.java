package org.talentbruecke.matching.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.talentbruecke.matching.domain.Availability;
import org.talentbruecke.matching.domain.CandidateSkill;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.LanguageAbility;
import org.talentbruecke.matching.domain.LanguageRequirement;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OccupationRef;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.Qualification;
import org.talentbruecke.matching.domain.ScarceSkill;
import org.talentbruecke.matching.domain.ScoreRules;
import org.talentbruecke.matching.domain.SkillEvidence;
import org.talentbruecke.matching.domain.SkillLevel;
import org.talentbruecke.matching.domain.SkillRelations;
import org.talentbruecke.matching.domain.WorkExperience;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * An in-memory index of job seekers (compact) and openings for ranking both ways.
 *
 * <p>Candidates are stored as one int array each (skills, occupations, languages, qualifications as
 * interned ids packed with their levels), not as object graphs, so that 100,000 profiles fit in a
 * few tens of MB; openings likewise as one int array each next to their snapshot. A scan reads
 * these rows in slot order and nothing else. One candidate or opening is added, replaced or removed
 * without touching the others. A query scores every entry with the same whole-number rules as
 * {@link MatchScorer} ({@link ScoreRules}) on the packed form, keeps the best {@code offset +
 * limit} in a bounded heap, and only for those rebuilds the snapshot and lets {@link MatchScorer}
 * write the full explanation. The order is {@link MatchCard#CANDIDATE_ORDER} / {@link
 * MatchCard#OPENING_ORDER}; tests check it equals {@link MatchRanking} exactly.
 *
 * <p>What the packed form drops: the anabin rating of a recognition state (not a score input).
 * Thread-safe: queries share a read lock, changes take the write lock.
 */
public final class MatchingIndex {
  /** At most this many skill requirements (must + nice) fit the 3-bit-per-requirement masks. */
  static final int MAX_FAST_REQUIREMENTS = 21;

  private static final SkillLevel[] LEVELS = SkillLevel.values();
  private static final int RECOGNITION_MATTERS = 1;
  private static final int QUALIFICATION_FREE = 2;
  private static final int REQUIRES_RECOGNITION = 4;
  private static final SkillEvidence[] KIND_BY_CODE = {
    SkillEvidence.NONE,
    SkillEvidence.SAME,
    SkillEvidence.NARROWER,
    SkillEvidence.BROADER,
    SkillEvidence.RELATED
  };

  private final SkillRelations relations;
  private final MatchScorer scorer;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  private final Interner skills = new Interner();
  private final Interner occupations = new Interner();
  private final Interner languages = new Interner();
  private final List<Municipality> municipalities = new ArrayList<>();
  private final Map<String, Integer> municipalityIds = new HashMap<>();

  // One int row per candidate (see C_* below) and its handle, by slot; null for a free slot.
  private int[][] candidates = new int[1024][];
  private String[] handles = new String[1024];
  private int candidateSlots;
  private int[] freeCandidateSlots = new int[16];
  private int freeCandidates;
  private final Map<String, Integer> candidateSlotByHandle = new HashMap<>();

  // Openings in a dense array (a scan reads them in order, not through a hash map's nodes).
  private int[][] openingRows = new int[256][]; // see O_* below
  private OpeningSnapshot[] openings = new OpeningSnapshot[256];
  private int openingSlots;
  private int[] freeOpeningSlots = new int[16];
  private int freeOpenings;
  private final Map<String, Integer> openingSlotById = new HashMap<>();

  // Demand (openings asking) and supply (candidates stating) per skill id, kept with every change,
  // for the scarce skills of the added-value view; see scarceSkills().
  private int[] demandBySkill = new int[1024];
  private int[] supplyBySkill = new int[1024];
  private long changes;
  private volatile Scarcity scarcity;

  private record Scarcity(long asOf, Map<String, ScarceSkill> skills) {}

  public MatchingIndex(SkillRelations relations) {
    this.relations = Objects.requireNonNull(relations, "relations");
    this.scorer = new MatchScorer(relations);
    languages.intern(LanguageAbility.GERMAN); // id 0
  }

  // A candidate row: these fixed fields, then skills (skillId << 2 | level ordinal), desired
  // occupations (pairs: occupationId, isco), work (triples: occupationId, isco, years << 10 |
  // country letters), languages (languageId << 16 | mother tongue << 15 | 5 × 3 bits of level +
  // 1), qualifications (triples: occupationId, isco, packed eqf and recognition). One array per
  // person instead of one per section: fewer object headers, and a scan touches one place in
  // memory per person. Rows are never changed after packing.
  private static final int C_MUNICIPALITY = 0;
  private static final int C_HOURS = 1;
  private static final int C_COMMUTE_KM = 2;
  private static final int C_START_DAY = 3;
  private static final int C_SKILLS = 4;
  private static final int C_DESIRED = 5;
  private static final int C_WORK = 6;
  private static final int C_LANGUAGES = 7;
  private static final int C_QUALIFICATIONS = 8;
  private static final int C_HEADER = 9;

  private static int desiredAt(int[] c) {
    return C_HEADER + c[C_SKILLS];
  }

  private static int workAt(int[] c) {
    return desiredAt(c) + 2 * c[C_DESIRED];
  }

  private static int languagesAt(int[] c) {
    return workAt(c) + 3 * c[C_WORK];
  }

  private static int qualificationsAt(int[] c) {
    return languagesAt(c) + c[C_LANGUAGES];
  }

  // An opening row: these fixed fields (numbers and flags copied out of the snapshot), then the
  // requirements (skill ids, -1 when no indexed item has it, must-haves first), then the other
  // languages (languageId << 8 | level ordinal, languageId -1 → 0xFFFFFF). A scan of openings
  // reads only rows; the snapshot is kept for the explanations of the best few.
  private static final int O_OCCUPATION = 0;
  private static final int O_ISCO = 1;
  private static final int O_MUST = 2;
  private static final int O_REQUIREMENTS = 3;
  private static final int O_GERMAN = 4; // 5 × 3 bits of required level + 1
  private static final int O_MUNICIPALITY = 5;
  private static final int O_HOURS_BIT = 6;
  private static final int O_START_DAY = 7;
  private static final int O_EQF = 8;
  private static final int O_MINIMUM_YEARS = 9;
  private static final int O_FLAGS = 10; // RECOGNITION_MATTERS | QUALIFICATION_FREE | …
  private static final int O_OTHER_LANGUAGES = 11;
  private static final int O_HEADER = 12;

  // ---- changes ------------------------------------------------------------------------------

  /** Adds a job seeker, or replaces the one with the same handle. */
  public void addCandidate(CandidateSnapshot candidate) {
    lock.writeLock().lock();
    try {
      int[] packed = pack(candidate, true);
      Integer slot = candidateSlotByHandle.get(candidate.handle());
      if (slot == null) {
        slot = freeCandidates > 0 ? freeCandidateSlots[--freeCandidates] : nextCandidateSlot();
        candidateSlotByHandle.put(candidate.handle(), slot);
      }
      countSupply(candidates[slot], -1);
      countSupply(packed, 1);
      candidates[slot] = packed;
      handles[slot] = candidate.handle();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private int nextCandidateSlot() {
    if (candidateSlots == candidates.length) {
      candidates = java.util.Arrays.copyOf(candidates, candidates.length * 2);
      handles = java.util.Arrays.copyOf(handles, handles.length * 2);
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
      countSupply(candidates[slot], -1);
      candidates[slot] = null;
      handles[slot] = null;
      if (freeCandidates == freeCandidateSlots.length) {
        freeCandidateSlots = java.util.Arrays.copyOf(freeCandidateSlots, freeCandidates * 2);
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
      int[] packed = packOpening(opening, true);
      Integer slot = openingSlotById.get(opening.id());
      if (slot == null) {
        slot = freeOpenings > 0 ? freeOpeningSlots[--freeOpenings] : nextOpeningSlot();
        openingSlotById.put(opening.id(), slot);
      }
      countDemand(openingRows[slot], -1);
      countDemand(packed, 1);
      openingRows[slot] = packed;
      openings[slot] = opening;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private int nextOpeningSlot() {
    if (openingSlots == openings.length) {
      openings = java.util.Arrays.copyOf(openings, openings.length * 2);
      openingRows = java.util.Arrays.copyOf(openingRows, openingRows.length * 2);
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
      countDemand(openingRows[slot], -1);
      openings[slot] = null;
      openingRows[slot] = null;
      if (freeOpenings == freeOpeningSlots.length) {
        freeOpeningSlots = java.util.Arrays.copyOf(freeOpeningSlots, freeOpenings * 2);
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
      return slot == null ? Optional.empty() : Optional.of(unpack(candidates[slot], handles[slot]));
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

  // ---- scarce skills (added value) ----------------------------------------------------------

  /**
   * The skills scarce in the region by {@link ScarceSkill#isScarce}, keyed by URI: demand counts
   * the stored openings asking for a skill (must-have or nice-to-have), supply the stored
   * candidates stating it (the same concept, not a broader or narrower one). The counts are kept
   * with every change, so this costs one pass over the skill vocabulary after a change and nothing
   * otherwise.
   */
  public Map<String, ScarceSkill> scarceSkills() {
    Scarcity current = scarcity;
    lock.readLock().lock();
    try {
      if (current != null && current.asOf() == changes) {
        return current.skills();
      }
      Map<String, ScarceSkill> scarce = new HashMap<>();
      int openingCount = openingSlotById.size();
      int candidateCount = candidateSlotByHandle.size();
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
    } finally {
      lock.readLock().unlock();
    }
  }

  private void countSupply(int[] c, int delta) {
    changes++;
    if (c == null) {
      return;
    }
    int previous = -1;
    int[] ids = java.util.Arrays.copyOfRange(c, C_HEADER, C_HEADER + c[C_SKILLS]);
    for (int i = 0; i < ids.length; i++) {
      ids[i] >>>= 2;
    }
    java.util.Arrays.sort(ids);
    for (int id : ids) {
      if (id != previous) {
        supplyBySkill = grown(supplyBySkill, id);
        supplyBySkill[id] += delta;
        previous = id;
      }
    }
  }

  private void countDemand(int[] o, int delta) {
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
    return id < counts.length
        ? counts
        : java.util.Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
  }

  // ---- queries ------------------------------------------------------------------------------

  /** The ranked job seekers for an opening (which need not be in the index). */
  public MatchRanking.Page topCandidates(OpeningSnapshot opening, int limit, int offset) {
    checkPaging(limit, offset);
    lock.readLock().lock();
    try {
      if (opening.mustHaveSkills().size() + opening.niceToHaveSkills().size()
          > MAX_FAST_REQUIREMENTS) {
        return slowCandidates(opening, limit, offset);
      }
      int[] o = packOpening(opening, false);
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
      int[] distances = distancesTo(opening.municipality(), false);
      int[] best = new int[r];
      TopK top = new TopK(offset + limit);
      int total = 0;
      int[][] rows = candidates;
      for (int slot = 0; slot < candidateSlots; slot++) {
        int[] c = rows[slot];
        if (c == null) {
          continue;
        }
        total++;
        java.util.Arrays.fill(best, 0);
        int meets = 0;
        for (int i = C_HEADER, end = C_HEADER + c[C_SKILLS]; i < end; i++) {
          int s = c[i];
          long mask = kindMasks[s >>> 2];
          if (mask == 0) {
            continue;
          }
          SkillLevel level = LEVELS[s & 3];
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
        for (int w = workAt(c), end = w + 3 * c[C_WORK]; w < end; w += 3) {
          int mask = essentialMasks[c[w]];
          while (mask != 0) {
            int j = Integer.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            best[j] = Math.max(best[j], SkillEvidence.ESSENTIAL_OF_OCCUPATION.coverage(null));
            meets |= 1 << j;
          }
        }
        long key = key(o, c, best, meets, distances[c[C_MUNICIPALITY]]);
        if (top.mayTake(key)) {
          top.offer(key, handles[slot], c);
        }
      }
      List<MatchCard> cards = new ArrayList<>();
      for (TopK.Entry e : top.sortedFrom(offset)) {
        cards.add(scorer.score(opening, unpack((int[]) e.item(), e.tieBreak())));
      }
      return new MatchRanking.Page(cards, total);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static void setKind(long[] masks, int skillId, int code, long shift) {
    if (skillId < 0) {
      return;
    }
    if (((masks[skillId] >>> shift) & 7) == 0) {
      masks[skillId] |= (long) code << shift;
    }
  }

  /** The ranked openings of the index for a job seeker (who need not be in the index). */
  public MatchRanking.Page topOpenings(CandidateSnapshot candidate, int limit, int offset) {
    checkPaging(limit, offset);
    lock.readLock().lock();
    try {
      int[] c = pack(candidate, false);
      // The best coverage (<< 1 | meets) the person offers for every skill id within reach.
      // Indexed by skill id: every requirement of every opening is looked up once per query.
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
      int[] distances = distancesTo(candidate.municipality(), true);
      int[] best = new int[MAX_FAST_REQUIREMENTS];
      TopK top = new TopK(offset + limit);
      List<MatchCard> slow = new ArrayList<>();
      int[][] rows = openingRows;
      for (int slot = 0; slot < openingSlots; slot++) {
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
        long key = key(o, c, best, meets, distances[o[O_MUNICIPALITY]]);
        if (top.mayTake(key)) {
          top.offer(key, openings[slot].id(), openings[slot]);
        }
      }
      for (MatchCard card : slow) {
        top.offer(keyOf(card), card.openingId(), card);
      }
      List<MatchCard> cards = new ArrayList<>();
      for (TopK.Entry e : top.sortedFrom(offset)) {
        cards.add(
            e.item() instanceof MatchCard card
                ? card
                : scorer.score((OpeningSnapshot) e.item(), candidate));
      }
      return new MatchRanking.Page(cards, openingSlotById.size());
    } finally {
      lock.readLock().unlock();
    }
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

  private MatchRanking.Page slowCandidates(OpeningSnapshot opening, int limit, int offset) {
    List<CandidateSnapshot> all = new ArrayList<>();
    for (int slot = 0; slot < candidateSlots; slot++) {
      if (candidates[slot] != null) {
        all.add(unpack(candidates[slot], handles[slot]));
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

  /** Distances in tenths of km from (or to) one municipality to every indexed municipality. */
  private int[] distancesTo(Municipality fixed, boolean fixedIsCandidate) {
    int[] distances = new int[municipalities.size() + 1];
    for (int i = 0; i < municipalities.size(); i++) {
      distances[i] =
          fixedIsCandidate
              ? ScoreRules.distanceTenthsKm(fixed, municipalities.get(i))
              : ScoreRules.distanceTenthsKm(municipalities.get(i), fixed);
    }
    // The last slot is the id a query's own, unindexed municipality gets; it is never looked up.
    distances[municipalities.size()] = -1;
    return distances;
  }

  // ---- the score on packed forms (must equal MatchScorer; see MatchingIndexTest) ------------

  private static long keyOf(MatchCard card) {
    return (card.isFullMatch() ? 1L << 32 : 0L) | card.scoreTenths();
  }

  private static long key(int[] o, int[] c, int[] best, int meets, int distanceTenths) {
    int r = o[O_REQUIREMENTS];
    int must = o[O_MUST];
    int occupation = o[O_OCCUPATION];
    int isco = o[O_ISCO];
    int flags = o[O_FLAGS];
    int mustSum = 0;
    for (int j = 0; j < must; j++) {
      mustSum += best[j];
    }
    int niceSum = 0;
    for (int j = must; j < r; j++) {
      niceSum += best[j];
    }
    int mustMask = must == 32 ? -1 : (1 << must) - 1;
    boolean gap = (meets & mustMask) != mustMask;

    boolean sameEsco = false;
    boolean sameIsco = false;
    int halfYears = 0;
    int work = workAt(c);
    for (int i = desiredAt(c); i < work; i += 2) {
      sameEsco |= c[i] == occupation;
      sameIsco |= c[i + 1] == isco;
    }
    int languages = work + 3 * c[C_WORK];
    for (int i = work; i < languages; i += 3) {
      int years = c[i + 2] >>> 10;
      if (c[i] == occupation) {
        sameEsco = true;
        halfYears += 2 * years;
      } else if (c[i + 1] == isco) {
        halfYears += years;
      }
      sameIsco |= c[i + 1] == isco;
    }
    boolean matters = (flags & RECOGNITION_MATTERS) != 0;
    boolean recognised = false;
    int qualification = 0;
    int quals = languages + c[C_LANGUAGES];
    for (int i = quals, end = quals + 3 * c[C_QUALIFICATIONS]; i < end; i += 3) {
      boolean relevant = c[i] == occupation || c[i + 1] == isco;
      sameEsco |= c[i] == occupation;
      sameIsco |= c[i + 1] == isco;
      int eqf = c[i + 2] >>> 12;
      int recognition = (c[i + 2] >>> 9) & 7;
      recognised |= relevant && recognition == ScoreRules.RECOGNISED;
      qualification =
          Math.max(
              qualification,
              ScoreRules.qualification(o[O_EQF], matters, relevant, eqf, recognition));
    }
    if ((flags & QUALIFICATION_FREE) != 0) {
      qualification = ScoreRules.FULL;
    }
    gap |= (flags & REQUIRES_RECOGNITION) != 0 && !recognised;
    gap |= must == 0 && !sameEsco && !sameIsco; // see MatchScorer: occupation as the constraint

    int tenths =
        org.talentbruecke.matching.domain.Aspect.OCCUPATION.tenths(
                ScoreRules.occupation(sameEsco, sameIsco))
            + org.talentbruecke.matching.domain.Aspect.MUST_HAVE_SKILLS.tenths(
                ScoreRules.average(mustSum, must))
            + org.talentbruecke.matching.domain.Aspect.NICE_TO_HAVE_SKILLS.tenths(
                ScoreRules.average(niceSum, r - must))
            + org.talentbruecke.matching.domain.Aspect.GERMAN.tenths(german(o, c))
            + org.talentbruecke.matching.domain.Aspect.OTHER_LANGUAGES.tenths(otherLanguages(o, c))
            + org.talentbruecke.matching.domain.Aspect.QUALIFICATION.tenths(qualification)
            + org.talentbruecke.matching.domain.Aspect.EXPERIENCE.tenths(
                ScoreRules.experience(halfYears, o[O_MINIMUM_YEARS]))
            + org.talentbruecke.matching.domain.Aspect.COMMUTE.tenths(
                ScoreRules.commute(distanceTenths, c[C_COMMUTE_KM]))
            + org.talentbruecke.matching.domain.Aspect.HOURS.tenths(
                ScoreRules.hours(c[C_HOURS], o[O_HOURS_BIT]))
            + org.talentbruecke.matching.domain.Aspect.START_DATE.tenths(
                o[O_START_DAY] == Integer.MIN_VALUE || c[C_START_DAY] == Integer.MIN_VALUE
                    ? ScoreRules.FULL
                    : ScoreRules.start(c[C_START_DAY] - o[O_START_DAY]));
    return (gap ? 0L : 1L << 32) | tenths;
  }

  private static int overallRank(int language) {
    if ((language & (1 << 15)) != 0) {
      return ScoreRules.NATIVE;
    }
    int min = Integer.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      int level = (language >>> (3 * i)) & 7;
      if (level != 0) {
        min = Math.min(min, level - 1);
      }
    }
    return min == Integer.MAX_VALUE ? ScoreRules.NONE : min;
  }

  private static int german(int[] o, int[] c) {
    int required = o[O_GERMAN];
    if (required == 0) {
      return ScoreRules.FULL;
    }
    int chosen = -1;
    int chosenRank = Integer.MIN_VALUE;
    int at = languagesAt(c);
    for (int i = at, end = at + c[C_LANGUAGES]; i < end; i++) {
      int language = c[i];
      if (language >>> 16 == 0 && overallRank(language) > chosenRank) {
        chosen = language;
        chosenRank = overallRank(language);
      }
    }
    boolean isNative = chosen != -1 && (chosen & (1 << 15)) != 0;
    int sum = 0;
    int count = 0;
    for (int i = 0; i < 5; i++) {
      int needed = (required >>> (3 * i)) & 7;
      if (needed == 0) {
        continue;
      }
      int own = chosen == -1 ? 0 : (chosen >>> (3 * i)) & 7;
      sum += ScoreRules.cefr(isNative ? ScoreRules.NATIVE : own - 1, needed - 1);
      count++;
    }
    return ScoreRules.average(sum, count);
  }

  private static int otherLanguages(int[] o, int[] c) {
    int count = o[O_OTHER_LANGUAGES];
    if (count == 0) {
      return ScoreRules.FULL;
    }
    int at = languagesAt(c);
    int end = at + c[C_LANGUAGES];
    int sum = 0;
    for (int k = O_HEADER + o[O_REQUIREMENTS], last = k + count; k < last; k++) {
      int requirement = o[k];
      int language = requirement >>> 8;
      int own = ScoreRules.NONE;
      for (int i = at; i < end; i++) {
        if (c[i] >>> 16 == language) {
          own = Math.max(own, overallRank(c[i]));
        }
      }
      sum += ScoreRules.cefr(own, requirement & 0xFF);
    }
    return ScoreRules.average(sum, count);
  }

  // ---- packing ------------------------------------------------------------------------------

  /**
   * Packs a snapshot into a candidate row; with {@code intern} false (for a query) nothing is added
   * to the vocabularies, and unknown values get ids no stored item has.
   */
  private int[] pack(CandidateSnapshot c, boolean intern) {
    int[] row =
        new int
            [C_HEADER
                + c.skills().size()
                + 2 * c.desiredOccupations().size()
                + 3 * c.workHistory().size()
                + c.languages().size()
                + 3 * c.qualifications().size()];
    LocalDate start = c.availability().earliestStart();
    row[C_MUNICIPALITY] = municipalityId(c.municipality(), intern);
    row[C_HOURS] = MatchScorer.hoursMask(c.availability().hours());
    row[C_COMMUTE_KM] = c.availability().commuteLimitKm();
    row[C_START_DAY] = start == null ? Integer.MIN_VALUE : (int) start.toEpochDay();
    row[C_SKILLS] = c.skills().size();
    row[C_DESIRED] = c.desiredOccupations().size();
    row[C_WORK] = c.workHistory().size();
    row[C_LANGUAGES] = c.languages().size();
    row[C_QUALIFICATIONS] = c.qualifications().size();
    int at = C_HEADER;
    for (CandidateSkill s : c.skills()) {
      row[at++] = id(skills, s.skillUri(), intern) << 2 | s.level().ordinal();
    }
    for (OccupationRef o : c.desiredOccupations()) {
      row[at++] = id(occupations, o.escoUri(), intern);
      row[at++] = o.iscoCode();
    }
    for (WorkExperience w : c.workHistory()) {
      row[at++] = id(occupations, w.occupation().escoUri(), intern);
      row[at++] = w.occupation().iscoCode();
      String country = w.countryCode();
      row[at++] = w.years() << 10 | (country.charAt(0) - 'A') << 5 | (country.charAt(1) - 'A');
    }
    for (LanguageAbility l : c.languages()) {
      int id = id(languages, l.language(), intern);
      row[at++] = (id & 0xFFFF) << 16 | (l.motherTongue() ? 1 << 15 : 0) | levels(l.levels());
    }
    for (Qualification q : c.qualifications()) {
      row[at++] = id(occupations, q.occupation().escoUri(), intern);
      row[at++] = q.occupation().iscoCode();
      row[at++] =
          q.eqfLevel() << 12
              | ScoreRules.recognitionClass(q.recognition()) << 9
              | recognitionCode(q.recognition());
    }
    return row;
  }

  private int[] packOpening(OpeningSnapshot o, boolean intern) {
    List<String> required = new ArrayList<>(o.mustHaveSkills());
    required.addAll(o.niceToHaveSkills());
    int[] row = new int[O_HEADER + required.size() + o.otherLanguages().size()];
    LocalDate start = o.startDate();
    row[O_OCCUPATION] = id(occupations, o.occupation().escoUri(), intern);
    row[O_ISCO] = o.occupation().iscoCode();
    row[O_MUST] = o.mustHaveSkills().size();
    row[O_REQUIREMENTS] = required.size();
    row[O_GERMAN] = levels(o.german());
    row[O_MUNICIPALITY] = municipalityId(o.municipality(), intern);
    row[O_HOURS_BIT] = 1 << o.hours().ordinal();
    row[O_START_DAY] = start == null ? Integer.MIN_VALUE : (int) start.toEpochDay();
    row[O_EQF] = o.qualificationEqf();
    row[O_MINIMUM_YEARS] = o.minimumExperienceYears();
    row[O_FLAGS] =
        (ScoreRules.recognitionMatters(o) ? RECOGNITION_MATTERS : 0)
            | (ScoreRules.qualificationFree(o) ? QUALIFICATION_FREE : 0)
            | (o.requiresRecognition() ? REQUIRES_RECOGNITION : 0);
    row[O_OTHER_LANGUAGES] = o.otherLanguages().size();
    int at = O_HEADER;
    for (String skill : required) {
      row[at++] = intern ? skills.intern(skill) : skills.idOf(skill);
    }
    for (LanguageRequirement l : o.otherLanguages()) {
      int id = id(languages, l.language(), intern);
      row[at++] = (id & 0xFFFFFF) << 8 | l.level().ordinal();
    }
    return row;
  }

  /** An id; for a query, a value never interned gets an id that matches nothing stored. */
  private static int id(Interner interner, String value, boolean intern) {
    if (intern) {
      return interner.intern(value);
    }
    int id = interner.idOf(value);
    return id >= 0 ? id : 0xFFFF; // > any real language id in 16 bits, no skill/occupation has it
  }

  private int municipalityId(Municipality m, boolean intern) {
    Integer id = municipalityIds.get(m.ags());
    if (id == null) {
      if (!intern) {
        return municipalities.size(); // the query's own municipality, see distancesTo
      }
      id = municipalities.size();
      municipalities.add(m);
      municipalityIds.put(m.ags(), id);
    }
    return id;
  }

  private static int levels(CefrSkillLevels levels) {
    int packed = 0;
    for (CefrSkill skill : CefrSkill.values()) {
      CefrLevel level = levels.level(skill);
      packed |= (level == null ? 0 : level.ordinal() + 1) << (3 * skill.ordinal());
    }
    return packed;
  }

  private static CefrSkillLevels unpackLevels(int packed) {
    CefrLevel[] out = new CefrLevel[5];
    for (int i = 0; i < 5; i++) {
      int v = (packed >>> (3 * i)) & 7;
      out[i] = v == 0 ? null : CefrLevel.values()[v - 1];
    }
    return new CefrSkillLevels(out[0], out[1], out[2], out[3], out[4]);
  }

  /** status (0: German qualification, else ordinal + 1) << 5 | measure << 3 | measure status. */
  private static int recognitionCode(Optional<RecognitionState> recognition) {
    if (recognition.isEmpty()) {
      return 0;
    }
    RecognitionState s = recognition.get();
    return (s.status().ordinal() + 1) << 5
        | s.measure().map(m -> m.ordinal() + 1).orElse(0) << 3
        | s.measureStatus().map(m -> m.ordinal() + 1).orElse(0);
  }

  private static Optional<RecognitionState> unpackRecognition(int code) {
    int status = (code >>> 5) & 7;
    if (status == 0) {
      return Optional.empty();
    }
    int measure = (code >>> 3) & 3;
    int progress = code & 7;
    return Optional.of(
        new RecognitionState(
            RecognitionStatus.values()[status - 1],
            measure == 0
                ? Optional.empty()
                : Optional.of(CompensationMeasure.values()[measure - 1]),
            progress == 0 ? Optional.empty() : Optional.of(MeasureStatus.values()[progress - 1]),
            Optional.empty()));
  }

  private OccupationRef occupation(int id, int isco) {
    return new OccupationRef(occupations.value(id), String.format("%04d", isco));
  }

  private CandidateSnapshot unpack(int[] c, String handle) {
    int at = C_HEADER;
    List<CandidateSkill> skillList = new ArrayList<>(c[C_SKILLS]);
    for (int i = 0; i < c[C_SKILLS]; i++, at++) {
      skillList.add(new CandidateSkill(skills.value(c[at] >>> 2), LEVELS[c[at] & 3]));
    }
    List<OccupationRef> desired = new ArrayList<>();
    for (int i = 0; i < c[C_DESIRED]; i++, at += 2) {
      desired.add(occupation(c[at], c[at + 1]));
    }
    List<WorkExperience> work = new ArrayList<>();
    for (int i = 0; i < c[C_WORK]; i++, at += 3) {
      int packed = c[at + 2];
      String country = "" + (char) ('A' + ((packed >>> 5) & 31)) + (char) ('A' + (packed & 31));
      work.add(new WorkExperience(occupation(c[at], c[at + 1]), country, packed >>> 10));
    }
    List<LanguageAbility> langs = new ArrayList<>();
    for (int i = 0; i < c[C_LANGUAGES]; i++, at++) {
      int l = c[at];
      langs.add(
          new LanguageAbility(
              languages.value(l >>> 16), unpackLevels(l & 0x7FFF), (l & (1 << 15)) != 0));
    }
    List<Qualification> quals = new ArrayList<>();
    for (int i = 0; i < c[C_QUALIFICATIONS]; i++, at += 3) {
      int packed = c[at + 2];
      quals.add(
          new Qualification(
              packed >>> 12, occupation(c[at], c[at + 1]), unpackRecognition(packed & 0x1FF)));
    }
    Set<WorkingHours> hours = EnumSet.noneOf(WorkingHours.class);
    for (WorkingHours h : WorkingHours.values()) {
      if ((c[C_HOURS] & (1 << h.ordinal())) != 0) {
        hours.add(h);
      }
    }
    return new CandidateSnapshot(
        handle,
        municipalities.get(c[C_MUNICIPALITY]),
        skillList,
        desired,
        work,
        langs,
        quals,
        new Availability(
            hours,
            c[C_START_DAY] == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(c[C_START_DAY]),
            c[C_COMMUTE_KM]));
  }

  // ---- bounded best-first selection --------------------------------------------------------

  /** Keeps the best k entries: higher key first, then the smaller tie-break text. */
  static final class TopK {
    record Entry(long key, String tieBreak, Object item) {}

    private static final Comparator<Entry> BEST_FIRST =
        Comparator.comparingLong(Entry::key).reversed().thenComparing(Entry::tieBreak);

    private final int k;
    private final PriorityQueue<Entry> worstFirst;

    TopK(int k) {
      this.k = k;
      this.worstFirst = new PriorityQueue<>(Math.max(1, k), BEST_FIRST.reversed());
    }

    /** False when an entry with this key is certainly not among the best k (no tie-break read). */
    boolean mayTake(long key) {
      return k > 0 && (worstFirst.size() < k || key >= worstFirst.peek().key());
    }

    void offer(long key, String tieBreak, Object item) {
      if (k == 0) {
        return;
      }
      if (worstFirst.size() < k) {
        worstFirst.add(new Entry(key, tieBreak, item));
        return;
      }
      Entry worst = worstFirst.peek();
      if (key > worst.key() || (key == worst.key() && tieBreak.compareTo(worst.tieBreak()) < 0)) {
        worstFirst.poll();
        worstFirst.add(new Entry(key, tieBreak, item));
      }
    }

    List<Entry> sortedFrom(int offset) {
      List<Entry> all = new ArrayList<>(worstFirst);
      all.sort(BEST_FIRST);
      return offset >= all.size() ? List.of() : all.subList(offset, all.size());
    }
  }
}
