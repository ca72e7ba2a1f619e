package org.talentbruecke.matching.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.matching.domain.AddedValue;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.Oversight;
import org.talentbruecke.matching.domain.RankingDirection;
import org.talentbruecke.matching.domain.RankingLogEntry;
import org.talentbruecke.matching.domain.ScoreRules;
import org.talentbruecke.opening.application.OpeningChanged;
import org.talentbruecke.profile.application.ProfileSaved;
import org.talentbruecke.reference.application.ReferenceDataLoaded;
import org.talentbruecke.shared.application.NotFound;

/**
 * Ranks job seekers for an opening and openings for a job seeker over an in-memory {@link
 * MatchingIndex}. The index is built in the background once the reference data (and in demo mode
 * the demo data) are loaded; until the first build is done, queries answer empty with the reason
 * {@code not-ready}. The asked-for side (the opening, or the job seeker's own profile) is always
 * read fresh.
 *
 * <p>Kept current entry by entry: a saved profile ({@link ProfileSaved}) or a published, closed or
 * edited opening ({@link OpeningChanged}) is noted after its transaction committed, re-read and
 * replaced in (or removed from) the index at the start of the next ranking, on that ranking's
 * thread (a few milliseconds per changed entry). A full rebuild still runs when the index is older
 * than {@link #MAX_AGE} at the time of a query (a safety net, and the moment expired openings
 * leave) and when an admin asks for one.
 *
 * <p>Human oversight and logging: staff decisions ({@link StaffDecisions}) are applied to every
 * candidate list, and every ranking shown is written to the {@link RankingLog}.
 */
@ApplicationScoped
public class MatchingService {
  /**
   * A full rebuild as a safety net: single changes reach the index at once (see the class comment),
   * so this only catches what no event reports, such as an opening running out.
   */
  static final Duration MAX_AGE = Duration.ofMinutes(30);

  private static final Logger LOG = Logger.getLogger(MatchingService.class.getName());

  @Inject private CandidateSource candidates;
  @Inject private OpeningSource openings;
  @Inject private SkillRelationsSource relations;
  @Inject private AddedValues addedValues;
  @Inject private NextSteps nextSteps;
  @Resource private ManagedExecutorService executor;
  @Inject private StaffDecisions decisions;
  @Inject private RankingLog rankingLog;
  @Inject private Viewers viewers;
  @Inject private ProfileViewAudit profileViews;

  private volatile MatchingIndex index;
  private volatile Instant builtAt = Instant.EPOCH;
  private volatile boolean requested;
  private final AtomicBoolean building = new AtomicBoolean();
  // Erased candidates' handles and when they were erased: a build that read the profiles before
  // the erasure must not bring them back (see forgetCandidate).
  private final Map<String, Instant> erased = new ConcurrentHashMap<>();

  // Live updates: ids whose entry must be re-read, applied before the next ranking.
  private final Set<Long> pendingProfiles = ConcurrentHashMap.newKeySet();
  private final Set<Long> pendingOpenings = ConcurrentHashMap.newKeySet();
  private final Object draining = new Object();
  // Guards the swap of a rebuilt index against single updates: while a rebuild runs, the ids it
  // may have read too early are noted here and applied to the new index before it is swapped in.
  private final Object swap = new Object();
  private Set<Long> touchedProfiles;
  private Set<Long> touchedOpenings;

  /** For CDI. */
  protected MatchingService() {}

  /**
   * For tests without a container: no executor and no ranking log; tests call {@link #rebuild},
   * {@link #updateProfile} and {@link #updateOpening} themselves.
   */
  MatchingService(
      CandidateSource candidates,
      OpeningSource openings,
      SkillRelationsSource relations,
      StaffDecisions decisions,
      Viewers viewers,
      AddedValues addedValues,
      NextSteps nextSteps) {
    this.candidates = candidates;
    this.addedValues = addedValues;
    this.nextSteps = nextSteps;
    this.openings = openings;
    this.relations = relations;
    this.decisions = decisions;
    this.viewers = viewers;
  }

  /** How candidates are ordered. */
  public enum Sort {
    /** Full matches first, then by score (the matching index's order). */
    FIT,
    /**
     * Full matches by added value, then score, then handle; close matches after them by fit ({@link
     * AddedValues#order}).
     */
    VALUE
  }

  /**
   * One page of a ranking.
   *
   * @param reason null when the ranking could be made, else why it is empty (e.g. {@code hidden})
   */
  public record Result(List<RankedMatch> matches, int total, String reason) {
    public Result {
      matches = List.copyOf(matches);
    }

    /** The match cards of this page, in order. */
    public List<MatchCard> cards() {
      return matches.stream().map(RankedMatch::card).toList();
    }

    static Result empty(String reason) {
      return new Result(List.of(), 0, reason);
    }
  }

  /** Noted before any other observer runs, so that readiness waits for the build from now on. */
  void noteReferenceData(
      @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ReferenceDataLoaded event) {
    requested = true;
  }

  /** After the demo data (observed at the default priority) exist. */
  void onReferenceData(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) ReferenceDataLoaded event) {
    requested = true;
    rebuildInBackground();
  }

  /** True once the reference data were loaded and the index was built from them. */
  public boolean isReady() {
    return index != null;
  }

  /** True when an index build was asked for (reference data loaded) but has not finished yet. */
  public boolean isWaitedFor() {
    return requested && index == null;
  }

  public int candidateCount() {
    MatchingIndex current = index;
    return current == null ? 0 : current.candidateCount();
  }

  public int openingCount() {
    MatchingIndex current = index;
    return current == null ? 0 : current.openingCount();
  }

  /**
   * The ranked job seekers for an opening, optionally only those with every must-have.
   *
   * @param organisationId the caller's organisation, null for staff (who may see every opening)
   * @throws NotFound when the opening does not exist or belongs to another organisation
   * @throws OpeningNotPublished for a draft, closed or expired opening
   */
  public Result candidatesFor(
      Long organisationId,
      long openingId,
      int limit,
      int offset,
      boolean mustHavesOnly,
      Sort sort) {
    return candidatesFor(
        organisationId, openingId, limit, offset, CandidateFilter.mustHaves(mustHavesOnly), sort);
  }

  /**
   * The ranked job seekers for an opening, narrowed by the filter.
   *
   * @param organisationId the caller's organisation, null for staff (who may see every opening)
   * @throws NotFound when the opening does not exist or belongs to another organisation
   * @throws OpeningNotPublished for a draft, closed or expired opening
   */
  public Result candidatesFor(
      Long organisationId,
      long openingId,
      int limit,
      int offset,
      CandidateFilter filter,
      Sort sort) {
    checkPaging(limit, offset);
    OpeningSource.OpeningFacts opening =
        openings
            .find(openingId)
            .filter(o -> organisationId == null || o.organisationId() == organisationId)
            .orElseThrow(() -> new NotFound("Opening"));
    if (!opening.published()) {
      throw new OpeningNotPublished(describe(opening));
    }
    if (opening.snapshot() == null) {
      return Result.empty("opening-incomplete");
    }
    MatchingIndex current = current();
    if (current == null) {
      return Result.empty("not-ready");
    }
    Function<MatchCard, AddedValue> value = addedValues.forOpening(opening.markets(), current);
    Oversight oversight = decisions == null ? Oversight.NONE : decisions.oversightOf(openingId);
    Function<MatchCard, RankedMatch> ranked =
        card -> new RankedMatch(card, value.apply(card), List.of(), false);
    Result result;
    if (!filter.narrows() && sort != Sort.VALUE && oversight.isEmpty()) {
      // The index's own order and paging: only the requested page gets full explanations.
      // (Ranking everyone with full cards costs ~10 µs and several KB per person per request.)
      MatchRanking.Page page = current.topCandidates(opening.snapshot(), limit, offset);
      result = new Result(page.cards().stream().map(ranked).toList(), page.total(), null);
    } else {
      int everyone = Math.max(1, current.candidateCount());
      List<MatchCard> all =
          new ArrayList<>(current.topCandidates(opening.snapshot(), everyone, 0).cards());
      if (filter.narrows()) {
        OpeningSnapshot wanted = opening.snapshot();
        all.removeIf(
            c ->
                !filter.admits(
                    c,
                    filter.needsCandidate()
                        ? current.candidate(c.candidateHandle()).orElse(null)
                        : null,
                    wanted));
      }
      all = AddedValues.order(all, sort == Sort.VALUE, value);
      result =
          recommend(page(oversight.apply(all, sort == Sort.FIT), limit, offset, ranked), oversight);
    }
    log(
        RankingDirection.CANDIDATES_FOR_OPENING,
        openingId,
        null,
        result,
        oversight.pinned(),
        sort.name(),
        filter.describe(),
        offset);
    return result;
  }

  /** Marks the pinned candidates of a page as recommended by the region. */
  private static Result recommend(Result result, Oversight oversight) {
    if (oversight.pinned().isEmpty()) {
      return result;
    }
    return new Result(
        result.matches().stream()
            .map(
                m ->
                    oversight.isPinned(m.card().candidateHandle())
                        ? new RankedMatch(m.card(), m.addedValue(), m.nextSteps(), true)
                        : m)
            .toList(),
        result.total(),
        result.reason());
  }

  /**
   * Who a candidate's handle stands for (account id and name), for staff only: empty for every
   * other caller, and for a handle no ranking has shown since the start.
   */
  public java.util.Optional<CandidateSource.Person> personBehind(String handle) {
    if (viewers == null || !viewers.current().isStaff()) {
      return java.util.Optional.empty();
    }
    return candidates.person(handle);
  }

  /**
   * A job seeker as matching knows them, for showing beside a match card: what employers may see
   * (municipality, skills, languages, qualifications, work history, availability), never who they
   * are. Empty when the handle is unknown or matching is not ready.
   */
  public java.util.Optional<CandidateSnapshot> candidate(String handle) {
    MatchingIndex current = index;
    return current == null ? java.util.Optional.empty() : current.candidate(handle);
  }

  /**
   * The handle under which employers see the job seeker of an account (whether or not the profile
   * is visible to them now); empty when the account has no profile.
   */
  public java.util.Optional<String> handleOf(long accountId) {
    return candidates.handleOf(accountId);
  }

  /** The ranked published openings for the job seeker of an account. */
  public Result openingsFor(long accountId, int limit, int offset) {
    checkPaging(limit, offset);
    CandidateSource.OwnProfile own = candidates.ofAccount(accountId);
    if (own.state() != CandidateSource.ProfileState.READY) {
      return Result.empty(reasonOf(own.state()));
    }
    MatchingIndex current = current();
    if (current == null) {
      return Result.empty("not-ready");
    }
    MatchRanking.Page page = current.topOpenings(own.snapshot(), limit, offset);
    Result result =
        new Result(
            page.cards().stream()
                .map(
                    card ->
                        new RankedMatch(
                            card,
                            AddedValue.NONE,
                            nextSteps.of(card, own.snapshot(), current),
                            false))
                .toList(),
            page.total(),
            null);
    log(
        RankingDirection.OPENINGS_FOR_PROFILE,
        null,
        own.snapshot().handle(),
        result,
        Set.of(),
        "FIT",
        "",
        offset);
    return result;
  }

  /**
   * Writes what was shown to the ranking log: one insert in its own short transaction (about a
   * millisecond). Not on a background thread: Payara's managed executor carries the request's
   * invocation over to the task, and the task's end then closes the request's non-transactional
   * EntityManager (the next query of the request failed). A failed write is logged, never shown.
   */
  private void log(
      RankingDirection direction,
      Long openingId,
      String profileHandle,
      Result result,
      Set<String> pinned,
      String sort,
      String filters,
      int offset) {
    if (rankingLog == null) {
      return; // tests without a container
    }
    Viewer viewer = viewers.current();
    List<MatchCard> cards = result.cards();
    if (direction == RankingDirection.CANDIDATES_FOR_OPENING) {
      profileViews.shown(viewer, openingId, cards);
    }
    RankingLogEntry.Shown shown =
        new RankingLogEntry.Shown(
            Instant.now(),
            viewer.accountId(),
            viewer.role(),
            direction,
            openingId,
            profileHandle,
            RankingLog.results(cards, direction, pinned),
            cards.size(),
            result.total(),
            cards.isEmpty() ? ScoreRules.ALGORITHM_VERSION : cards.get(0).algorithmVersion(),
            sort,
            filters,
            offset);
    writeLog(shown);
  }

  private void writeLog(RankingLogEntry.Shown shown) {
    try {
      rankingLog.write(shown);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not write the ranking log", e);
    }
  }

  private static void checkPaging(int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  private static String describe(OpeningSource.OpeningFacts opening) {
    // Published yet not visible means the runtime ran out.
    return "PUBLISHED".equals(opening.status()) ? "EXPIRED" : opening.status();
  }

  static String reasonOf(CandidateSource.ProfileState state) {
    return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Result page(
      List<MatchCard> all, int limit, int offset, Function<MatchCard, RankedMatch> ranked) {
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new Result(all.subList(from, to).stream().map(ranked).toList(), all.size(), null);
  }

  /**
   * The current index with every change noted so far applied; starts a background rebuild when it
   * has grown old.
   */
  private MatchingIndex current() {
    applyPending();
    MatchingIndex current = index;
    if (current != null && builtAt.plus(MAX_AGE).isBefore(Instant.now())) {
      rebuildInBackground();
    }
    return current;
  }

  /** Starts a full rebuild now (admins); false when one is already running. */
  public boolean rebuildNow() {
    boolean idle = !building.get();
    requested = true;
    rebuildInBackground();
    return idle;
  }

  private void rebuildInBackground() {
    if (!building.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.submit(this::rebuild);
    } catch (RuntimeException e) {
      building.set(false);
      LOG.log(Level.WARNING, "Could not start building the matching index", e);
    }
  }

  /**
   * Builds a whole new index and swaps it in; queries keep using the old one meanwhile, and single
   * updates keep going to the old one too. Those are noted and applied to the new index again
   * before the swap, since the build may have read that profile or opening before it changed.
   */
  void rebuild() {
    try {
      long start = System.nanoTime();
      Instant asOf = Instant.now();
      synchronized (swap) {
        touchedProfiles = new HashSet<>();
        touchedOpenings = new HashSet<>();
      }
      MatchingIndex fresh = new MatchingIndex(relations.load());
      for (CandidateSnapshot candidate : candidates.visibleToEmployers()) {
        fresh.addCandidate(candidate);
      }
      for (OpeningSnapshot opening : openings.published()) {
        fresh.addOpening(opening);
      }
      while (true) {
        Set<Long> profiles;
        Set<Long> changedOpenings;
        synchronized (swap) {
          profiles = touchedProfiles;
          changedOpenings = touchedOpenings;
          if (profiles.isEmpty() && changedOpenings.isEmpty()) {
            erased.keySet().forEach(fresh::removeCandidate);
            // Erasures before this build started are not in what it read; later ones may be.
            erased.values().removeIf(at -> at.isBefore(asOf));
            index = fresh;
            builtAt = asOf;
            touchedProfiles = null;
            touchedOpenings = null;
            break;
          }
          touchedProfiles = new HashSet<>();
          touchedOpenings = new HashSet<>();
        }
        profiles.forEach(id -> applyProfile(fresh, candidates.current(id)));
        changedOpenings.forEach(id -> applyOpening(fresh, id, openings.find(id)));
      }
      purgeLog();
      LOG.info(
          () ->
              String.format(
                  "Matching index built: %d candidates, %d openings in %d ms",
                  fresh.candidateCount(),
                  fresh.openingCount(),
                  (System.nanoTime() - start) / 1_000_000));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Building the matching index failed", e);
      // Readiness must not wait forever for a build that failed: the service answers, and
      // matching requests say "not-ready" until an admin's or the next scheduled rebuild works.
      requested = false;
      synchronized (swap) {
        touchedProfiles = null;
        touchedOpenings = null;
      }
    } finally {
      building.set(false);
    }
  }

  private void purgeLog() {
    if (rankingLog == null) {
      return;
    }
    try {
      int gone = rankingLog.purge();
      if (gone > 0) {
        LOG.info(() -> "Ranking log: " + gone + " entries past their retention deleted");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete old ranking log entries", e);
    }
  }

  // ---- live updates -------------------------------------------------------------------------

  /**
   * After a profile's transaction committed: its entry is re-read before the next ranking. The
   * observer itself only notes the id (no database work in the commit's afterCompletion phase).
   */
  void onProfileSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileSaved event) {
    pendingProfiles.add(event.accountId());
  }

  /** After an opening's transaction committed: its entry is re-read before the next ranking. */
  void onOpeningChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OpeningChanged event) {
    pendingOpenings.add(event.openingId());
  }

  /**
   * Applies every change noted since the last ranking, on the thread that ranks now, so the ranking
   * already holds them. A few changed entries cost a few milliseconds; they are read one by one in
   * their own transactions. Not on a background thread for the reason given at {@link #log}. One
   * thread at a time, so that two saves of one profile are applied in order; a ranking that finds
   * nothing pending does not wait.
   */
  private void applyPending() {
    if (pendingProfiles.isEmpty() && pendingOpenings.isEmpty()) {
      return;
    }
    synchronized (draining) {
      while (true) {
        Long profile = take(pendingProfiles);
        Long opening = take(pendingOpenings);
        if (profile == null && opening == null) {
          return;
        }
        try {
          if (profile != null) {
            updateProfile(profile);
          }
          if (opening != null) {
            updateOpening(opening);
          }
        } catch (RuntimeException e) {
          // The next full rebuild brings the entry back in line.
          LOG.log(Level.WARNING, "Could not update the matching index", e);
        }
      }
    }
  }

  private static Long take(Set<Long> pending) {
    var it = pending.iterator();
    if (!it.hasNext()) {
      return null;
    }
    Long id = it.next();
    pending.remove(id);
    return id;
  }

  /** Re-reads one profile and puts it into (or takes it out of) the current index. */
  void updateProfile(long accountId) {
    if (!tracking()) {
      return;
    }
    java.util.Optional<CandidateSource.Current> current = candidates.current(accountId);
    synchronized (swap) {
      if (index != null) {
        applyProfile(index, current);
      }
      if (touchedProfiles != null) {
        touchedProfiles.add(accountId);
      }
    }
  }

  /** Re-reads one opening and puts it into (or takes it out of) the current index. */
  void updateOpening(long openingId) {
    if (!tracking()) {
      return;
    }
    java.util.Optional<OpeningSource.OpeningFacts> facts = openings.find(openingId);
    synchronized (swap) {
      if (index != null) {
        applyOpening(index, openingId, facts);
      }
      if (touchedOpenings != null) {
        touchedOpenings.add(openingId);
      }
    }
  }

  /** True when there is an index to keep current, or a rebuild under way that must hear of it. */
  private boolean tracking() {
    synchronized (swap) {
      return index != null || touchedProfiles != null;
    }
  }

  // MatchingIndex is thread-safe: a change takes its write lock for the few microseconds of packing
  // one entry, queries share the read lock. A change therefore waits for the queries running at
  // that moment, and queries arriving meanwhile wait for that one change (never for a database
  // read: the entry is read before the lock). That is far cheaper than copying the index
  // (tens of MB at 100,000 profiles) for every saved profile.
  private static void applyProfile(
      MatchingIndex target, java.util.Optional<CandidateSource.Current> current) {
    if (current.isEmpty()) {
      return;
    }
    CandidateSource.Current c = current.get();
    if (c.snapshot() == null) {
      target.removeCandidate(c.handle());
    } else {
      target.addCandidate(c.snapshot());
    }
  }

  private static void applyOpening(
      MatchingIndex target, long openingId, java.util.Optional<OpeningSource.OpeningFacts> facts) {
    if (facts.isPresent() && facts.get().published() && facts.get().snapshot() != null) {
      target.addOpening(facts.get().snapshot());
    } else {
      target.removeOpening(String.valueOf(openingId));
    }
  }

  /**
   * Drops an erased job seeker from the index at once (not only at the next rebuild), so that
   * employers stop seeing them; a build running meanwhile drops them too before it is swapped in.
   *
   * @return true when the candidate was in the current index
   */
  public boolean forgetCandidate(String handle) {
    erased.put(handle, Instant.now());
    MatchingIndex current = index;
    return current != null && current.removeCandidate(handle);
  }
}
