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
 * <p>Candidates are stored as a handful of int arrays (skills, occupations, languages,
 * qualifications as interned ids packed with their levels), not as object graphs, so that 100,000
 * profiles fit in a few tens of MB. One candidate or opening is added, replaced or removed without
 * touching the others. A query scores every entry with the same whole-number rules as {@link
 * MatchScorer} ({@link ScoreRules}) on the packed form, keeps the best {@code offset + limit} in a
 * bounded heap, and only for those rebuilds the snapshot and lets {@link MatchScorer} write the
 * full explanation. The order is {@link MatchCard#CANDIDATE_ORDER} / {@link
 * MatchCard#OPENING_ORDER}; tests check it equals {@link MatchRanking} exactly.
 *
 * <p>What the packed form drops: the anabin rating of a recognition state (not a score input).
 * Thread-safe: queries share a read lock, changes take the write lock.
 */
public final class MatchingIndex {
  /** At most this many skill requirements (must + nice) fit the 3-bit-per-requirement masks. */
  static final int MAX_FAST_REQUIREMENTS = 21;

  private static final int[] NO_INTS = new int[0];
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

  private PackedCandidate[] candidates = new PackedCandidate[1024];
  private int candidateSlots;
  private int[] freeCandidateSlots = new int[16];
  private int freeCandidates;
  private final Map<String, Integer> candidateSlotByHandle = new HashMap<>();

  private final Map<String, PackedOpening> openings = new HashMap<>();

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

  /** A compact job seeker. Arrays are never changed after packing. */
  private record PackedCandidate(
      String handle,
      int municipality,
      int[] skills, // skillId << 2 | level ordinal
      int[] desired, // pairs: occupationId, isco
      int[] work, // triples: occupationId, isco, years << 10 | country letters
      int[] languages, // languageId << 16 | mother tongue << 15 | 5 × 3 bits of level + 1
      int[] qualifications, // triples: occupationId, isco, packed eqf and recognition
      int hoursMask,
      int commuteLimitKm,
      int earliestStartDay) {}

  /** An opening with its requirements as ids; the snapshot is kept for explanations. */
  private record PackedOpening(
      OpeningSnapshot snapshot,
      int occupation,
      int isco,
      int[] requirements, // skill ids (-1 when no indexed item has it), must-haves first
      int mustCount,
      int german, // 5 × 3 bits of required level + 1
      int[] otherLanguages, // languageId << 8 | level ordinal (languageId -1 → 0xFFFFFF)
      int municipality,
      int hoursBit,
      int startDay) {}

  // ---- changes ------------------------------------------------------------------------------

  /** Adds a job seeker, or replaces the one with the same handle. */
  public void addCandidate(CandidateSnapshot candidate) {
    lock.writeLock().lock();
    try {
      PackedCandidate packed = pack(candidate);
      Integer slot = candidateSlotByHandle.get(candidate.handle());
      if (slot == null) {
        slot = freeCandidates > 0 ? freeCandidateSlots[--freeCandidates] : nextCandidateSlot();
        candidateSlotByHandle.put(candidate.handle(), slot);
      }
      countSupply(candidates[slot], -1);
      countSupply(packed, 1);
      candidates[slot] = packed;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private int nextCandidateSlot() {
    if (candidateSlots == candidates.length) {
      candidates = java.util.Arrays.copyOf(candidates, candidates.length * 2);
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
      PackedOpening packed = packOpening(opening, true);
      countDemand(openings.put(opening.id(), packed), -1);
      countDemand(packed, 1);
    } finally {
      lock.writeLock().unlock();
    }
  }

  public boolean removeOpening(String id) {
    lock.writeLock().lock();
    try {
      PackedOpening removed = openings.remove(id);
      countDemand(removed, -1);
      return removed != null;
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
      return openings.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The job seeker as stored, rebuilt from the packed form. */
  public Optional<CandidateSnapshot> candidate(String handle) {
    lock.readLock().lock();
    try {
      Integer slot = candidateSlotByHandle.get(handle);
      return slot == null ? Optional.empty() : Optional.of(unpack(candidates[slot]));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The published opening as stored; empty when the index does not hold it. */
  public Optional<OpeningSnapshot> opening(String id) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(openings.get(id)).map(PackedOpening::snapshot);
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
      int openingCount = openings.size();
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

  private void countSupply(PackedCandidate c, int delta) {
    changes++;
    if (c == null) {
      return;
    }
    int previous = -1;
    int[] ids = c.skills().clone();
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

  private void countDemand(PackedOpening o, int delta) {
    changes++;
    if (o == null) {
      return;
    }
    for (int id : o.requirements()) {
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
      PackedOpening o = packOpening(opening, false);
      int r = o.requirements().length;
      IntLongMap kindMasks = new IntLongMap(r * 8);
      for (int j = 0; j < r; j++) {
        String required = skills.valueOrNull(o.requirements()[j]);
        if (required == null) {
          continue;
        }
        long shift = 3L * j;
        // Highest priority first; a lower kind never overwrites a higher one for the same pair.
        setKind(kindMasks, o.requirements()[j], 1, shift);
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
          String required = skills.valueOrNull(o.requirements()[j]);
          if (required != null && essential.contains(required)) {
            essentialMasks[occupation] |= 1 << j;
          }
        }
      }
      int[] distances = distancesTo(opening.municipality(), false);
      int[] best = new int[r];
      TopK top = new TopK(offset + limit);
      int total = 0;
      for (int slot = 0; slot < candidateSlots; slot++) {
        PackedCandidate c = candidates[slot];
        if (c == null) {
          continue;
        }
        total++;
        java.util.Arrays.fill(best, 0);
        int meets = 0;
        for (int s : c.skills()) {
          long mask = kindMasks.get(s >>> 2);
          if (mask == 0) {
            continue;
          }
          SkillLevel level = SkillLevel.values()[s & 3];
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
        int[] work = c.work();
        for (int w = 0; w < work.length; w += 3) {
          int mask = essentialMasks[work[w]];
          while (mask != 0) {
            int j = Integer.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            best[j] = Math.max(best[j], SkillEvidence.ESSENTIAL_OF_OCCUPATION.coverage(null));
            meets |= 1 << j;
          }
        }
        long key = key(o, c, best, meets, distances[c.municipality()]);
        top.offer(key, c.handle(), c);
      }
      List<MatchCard> cards = new ArrayList<>();
      for (TopK.Entry e : top.sortedFrom(offset)) {
        cards.add(scorer.score(opening, unpack((PackedCandidate) e.item())));
      }
      return new MatchRanking.Page(cards, total);
    } finally {
      lock.readLock().unlock();
    }
  }

  private static void setKind(IntLongMap masks, int skillId, int code, long shift) {
    if (skillId < 0) {
      return;
    }
    long current = masks.get(skillId);
    if (((current >>> shift) & 7) == 0) {
      masks.put(skillId, current | ((long) code << shift));
    }
  }

  /** The ranked openings of the index for a job seeker (who need not be in the index). */
  public MatchRanking.Page topOpenings(CandidateSnapshot candidate, int limit, int offset) {
    checkPaging(limit, offset);
    lock.readLock().lock();
    try {
      PackedCandidate c = pack(candidate, false);
      // The best coverage (<< 1 | meets) the person offers for every skill id within reach.
      IntLongMap reach = new IntLongMap(64);
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
      for (PackedOpening o : openings.values()) {
        int[] requirements = o.requirements();
        if (requirements.length > MAX_FAST_REQUIREMENTS) {
          slow.add(scorer.score(o.snapshot(), candidate));
          continue;
        }
        int meets = 0;
        for (int j = 0; j < requirements.length; j++) {
          long v = requirements[j] < 0 ? 0 : reach.get(requirements[j]);
          best[j] = (int) (v >>> 1);
          if ((v & 1) != 0) {
            meets |= 1 << j;
          }
        }
        top.offer(key(o, c, best, meets, distances[o.municipality()]), o.snapshot().id(), o);
      }
      for (MatchCard card : slow) {
        top.offer(keyOf(card), card.openingId(), card);
      }
      List<MatchCard> cards = new ArrayList<>();
      for (TopK.Entry e : top.sortedFrom(offset)) {
        cards.add(
            e.item() instanceof MatchCard card
                ? card
                : scorer.score(((PackedOpening) e.item()).snapshot(), candidate));
      }
      return new MatchRanking.Page(cards, openings.size());
    } finally {
      lock.readLock().unlock();
    }
  }

  private static void putKind(Map<Integer, SkillEvidence> kinds, int id, SkillEvidence kind) {
    if (id >= 0) {
      kinds.putIfAbsent(id, kind);
    }
  }

  private static void offerReach(IntLongMap reach, int id, SkillEvidence kind, int coverage) {
    if (id < 0) {
      return;
    }
    long current = reach.get(id);
    long coverageBits = Math.max(current >>> 1, coverage);
    long meets = (current & 1) | (kind.meetsMustHave() ? 1 : 0);
    reach.put(id, coverageBits << 1 | meets);
  }

  private MatchRanking.Page slowCandidates(OpeningSnapshot opening, int limit, int offset) {
    List<CandidateSnapshot> all = new ArrayList<>();
    for (int slot = 0; slot < candidateSlots; slot++) {
      if (candidates[slot] != null) {
        all.add(unpack(candidates[slot]));
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

  private long key(PackedOpening o, PackedCandidate c, int[] best, int meets, int distanceTenths) {
    OpeningSnapshot opening = o.snapshot();
    int r = o.requirements().length;
    int must = o.mustCount();
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
    int[] desired = c.desired();
    for (int i = 0; i < desired.length; i += 2) {
      sameEsco |= desired[i] == o.occupation();
      sameIsco |= desired[i + 1] == o.isco();
    }
    int[] work = c.work();
    for (int i = 0; i < work.length; i += 3) {
      int years = work[i + 2] >>> 10;
      if (work[i] == o.occupation()) {
        sameEsco = true;
        halfYears += 2 * years;
      } else if (work[i + 1] == o.isco()) {
        halfYears += years;
      }
      sameIsco |= work[i + 1] == o.isco();
    }
    int[] quals = c.qualifications();
    boolean matters = ScoreRules.recognitionMatters(opening);
    boolean recognised = false;
    int qualification = 0;
    for (int i = 0; i < quals.length; i += 3) {
      boolean relevant = quals[i] == o.occupation() || quals[i + 1] == o.isco();
      sameEsco |= quals[i] == o.occupation();
      sameIsco |= quals[i + 1] == o.isco();
      int eqf = quals[i + 2] >>> 12;
      int recognition = (quals[i + 2] >>> 9) & 7;
      recognised |= relevant && recognition == ScoreRules.RECOGNISED;
      qualification =
          Math.max(
              qualification,
              ScoreRules.qualification(
                  opening.qualificationEqf(), matters, relevant, eqf, recognition));
    }
    if (ScoreRules.qualificationFree(opening)) {
      qualification = ScoreRules.FULL;
    }
    gap |= opening.requiresRecognition() && !recognised;

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
                ScoreRules.experience(halfYears, opening.minimumExperienceYears()))
            + org.talentbruecke.matching.domain.Aspect.COMMUTE.tenths(
                ScoreRules.commute(distanceTenths, c.commuteLimitKm()))
            + org.talentbruecke.matching.domain.Aspect.HOURS.tenths(
                ScoreRules.hours(c.hoursMask(), o.hoursBit()))
            + org.talentbruecke.matching.domain.Aspect.START_DATE.tenths(
                o.startDay() == Integer.MIN_VALUE || c.earliestStartDay() == Integer.MIN_VALUE
                    ? ScoreRules.FULL
                    : ScoreRules.start(c.earliestStartDay() - o.startDay()));
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

  private static int german(PackedOpening o, PackedCandidate c) {
    if (o.german() == 0) {
      return ScoreRules.FULL;
    }
    int chosen = -1;
    int chosenRank = Integer.MIN_VALUE;
    for (int language : c.languages()) {
      if (language >>> 16 == 0 && overallRank(language) > chosenRank) {
        chosen = language;
        chosenRank = overallRank(language);
      }
    }
    boolean isNative = chosen != -1 && (chosen & (1 << 15)) != 0;
    int sum = 0;
    int count = 0;
    for (int i = 0; i < 5; i++) {
      int needed = (o.german() >>> (3 * i)) & 7;
      if (needed == 0) {
        continue;
      }
      int own = chosen == -1 ? 0 : (chosen >>> (3 * i)) & 7;
      sum += ScoreRules.cefr(isNative ? ScoreRules.NATIVE : own - 1, needed - 1);
      count++;
    }
    return ScoreRules.average(sum, count);
  }

  private static int otherLanguages(PackedOpening o, PackedCandidate c) {
    int[] required = o.otherLanguages();
    if (required.length == 0) {
      return ScoreRules.FULL;
    }
    int sum = 0;
    for (int requirement : required) {
      int language = requirement >>> 8;
      int own = ScoreRules.NONE;
      for (int l : c.languages()) {
        if (l >>> 16 == language) {
          own = Math.max(own, overallRank(l));
        }
      }
      sum += ScoreRules.cefr(own, requirement & 0xFF);
    }
    return ScoreRules.average(sum, required.length);
  }

  // ---- packing ------------------------------------------------------------------------------

  private PackedCandidate pack(CandidateSnapshot c) {
    return pack(c, true);
  }

  /**
   * Packs a snapshot; with {@code intern} false (for a query) nothing is added to the vocabularies,
   * and unknown values get ids no stored item has.
   */
  private PackedCandidate pack(CandidateSnapshot c, boolean intern) {
    int[] skillIds = new int[c.skills().size()];
    for (int i = 0; i < skillIds.length; i++) {
      CandidateSkill s = c.skills().get(i);
      skillIds[i] = id(skills, s.skillUri(), intern) << 2 | s.level().ordinal();
    }
    int[] desired = new int[c.desiredOccupations().size() * 2];
    for (int i = 0; i < c.desiredOccupations().size(); i++) {
      OccupationRef o = c.desiredOccupations().get(i);
      desired[2 * i] = id(occupations, o.escoUri(), intern);
      desired[2 * i + 1] = o.iscoCode();
    }
    int[] work = new int[c.workHistory().size() * 3];
    for (int i = 0; i < c.workHistory().size(); i++) {
      WorkExperience w = c.workHistory().get(i);
      work[3 * i] = id(occupations, w.occupation().escoUri(), intern);
      work[3 * i + 1] = w.occupation().iscoCode();
      String country = w.countryCode();
      work[3 * i + 2] =
          w.years() << 10 | (country.charAt(0) - 'A') << 5 | (country.charAt(1) - 'A');
    }
    int[] langs = new int[c.languages().size()];
    for (int i = 0; i < langs.length; i++) {
      LanguageAbility l = c.languages().get(i);
      int id = id(languages, l.language(), intern);
      langs[i] = (id & 0xFFFF) << 16 | (l.motherTongue() ? 1 << 15 : 0) | levels(l.levels());
    }
    int[] quals = new int[c.qualifications().size() * 3];
    for (int i = 0; i < c.qualifications().size(); i++) {
      Qualification q = c.qualifications().get(i);
      quals[3 * i] = id(occupations, q.occupation().escoUri(), intern);
      quals[3 * i + 1] = q.occupation().iscoCode();
      quals[3 * i + 2] =
          q.eqfLevel() << 12
              | ScoreRules.recognitionClass(q.recognition()) << 9
              | recognitionCode(q.recognition());
    }
    LocalDate start = c.availability().earliestStart();
    return new PackedCandidate(
        c.handle(),
        municipalityId(c.municipality(), intern),
        skillIds.length == 0 ? NO_INTS : skillIds,
        desired.length == 0 ? NO_INTS : desired,
        work.length == 0 ? NO_INTS : work,
        langs.length == 0 ? NO_INTS : langs,
        quals.length == 0 ? NO_INTS : quals,
        MatchScorer.hoursMask(c.availability().hours()),
        c.availability().commuteLimitKm(),
        start == null ? Integer.MIN_VALUE : (int) start.toEpochDay());
  }

  private PackedOpening packOpening(OpeningSnapshot o, boolean intern) {
    List<String> required = new ArrayList<>(o.mustHaveSkills());
    required.addAll(o.niceToHaveSkills());
    int[] requirements = new int[required.size()];
    for (int j = 0; j < requirements.length; j++) {
      requirements[j] = intern ? skills.intern(required.get(j)) : skills.idOf(required.get(j));
    }
    int[] other = new int[o.otherLanguages().size()];
    for (int i = 0; i < other.length; i++) {
      LanguageRequirement l = o.otherLanguages().get(i);
      int id = id(languages, l.language(), intern);
      other[i] = (id & 0xFFFFFF) << 8 | l.level().ordinal();
    }
    LocalDate start = o.startDate();
    return new PackedOpening(
        o,
        id(occupations, o.occupation().escoUri(), intern),
        o.occupation().iscoCode(),
        requirements,
        o.mustHaveSkills().size(),
        levels(o.german()),
        other,
        municipalityId(o.municipality(), intern),
        1 << o.hours().ordinal(),
        start == null ? Integer.MIN_VALUE : (int) start.toEpochDay());
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

  private CandidateSnapshot unpack(PackedCandidate c) {
    List<CandidateSkill> skillList = new ArrayList<>(c.skills().length);
    for (int s : c.skills()) {
      skillList.add(new CandidateSkill(skills.value(s >>> 2), SkillLevel.values()[s & 3]));
    }
    List<OccupationRef> desired = new ArrayList<>();
    for (int i = 0; i < c.desired().length; i += 2) {
      desired.add(occupation(c.desired()[i], c.desired()[i + 1]));
    }
    List<WorkExperience> work = new ArrayList<>();
    for (int i = 0; i < c.work().length; i += 3) {
      int packed = c.work()[i + 2];
      String country = "" + (char) ('A' + ((packed >>> 5) & 31)) + (char) ('A' + (packed & 31));
      work.add(
          new WorkExperience(occupation(c.work()[i], c.work()[i + 1]), country, packed >>> 10));
    }
    List<LanguageAbility> langs = new ArrayList<>();
    for (int l : c.languages()) {
      langs.add(
          new LanguageAbility(
              languages.value(l >>> 16), unpackLevels(l & 0x7FFF), (l & (1 << 15)) != 0));
    }
    List<Qualification> quals = new ArrayList<>();
    for (int i = 0; i < c.qualifications().length; i += 3) {
      int packed = c.qualifications()[i + 2];
      quals.add(
          new Qualification(
              packed >>> 12,
              occupation(c.qualifications()[i], c.qualifications()[i + 1]),
              unpackRecognition(packed & 0x1FF)));
    }
    Set<WorkingHours> hours = EnumSet.noneOf(WorkingHours.class);
    for (WorkingHours h : WorkingHours.values()) {
      if ((c.hoursMask() & (1 << h.ordinal())) != 0) {
        hours.add(h);
      }
    }
    return new CandidateSnapshot(
        c.handle(),
        municipalities.get(c.municipality()),
        skillList,
        desired,
        work,
        langs,
        quals,
        new Availability(
            hours,
            c.earliestStartDay() == Integer.MIN_VALUE
                ? null
                : LocalDate.ofEpochDay(c.earliestStartDay()),
            c.commuteLimitKm()));
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
