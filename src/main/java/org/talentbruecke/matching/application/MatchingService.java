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
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.talentbruecke.matching.domain.AddedValue;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.Oversight;
import org.talentbruecke.matching.domain.RankingDirection;
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

  @Inject private CandidateSource candidates;
  @Inject private OpeningSource openings;
  @Inject private SkillRelationsSource relations;
  @Inject private AddedValues addedValues;
  @Inject private NextSteps nextSteps;
  @Resource private ManagedExecutorService executor;
  @Inject private StaffDecisions decisions;
  @Inject private RankingRecorder recorder;
  @Inject private Viewers viewers;

  private volatile IndexKeeper keeper;

  private final AskedFor askedFor = new AskedFor();

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
    keeper().request();
  }

  /** After the demo data (observed at the default priority) exist. */
  void onReferenceData(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) ReferenceDataLoaded event) {
    keeper().request();
    keeper().rebuildInBackground();
  }

  /** True once the reference data were loaded and the index was built from them. */
  public boolean isReady() {
    return keeper().isReady();
  }

  /** True when an index build was asked for (reference data loaded) but has not finished yet. */
  public boolean isWaitedFor() {
    return keeper().isWaitedFor();
  }

  public int candidateCount() {
    MatchingIndex current = keeper().index();
    return current == null ? 0 : current.candidateCount();
  }

  public int openingCount() {
    MatchingIndex current = keeper().index();
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
        askedFor
            .openings
            .get(openingId, openings::find)
            .filter(o -> organisationId == null || o.organisationId() == organisationId)
            .orElseThrow(() -> new NotFound("Opening"));
    if (!opening.published()) {
      throw OpeningNotPublished.of(opening);
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
      result =
          ReorderedCandidates.rank(
              current, opening.snapshot(), filter, sort, oversight, value, limit, offset, ranked);
    }
    log(
        new RankingRecorder.Request(
            RankingDirection.CANDIDATES_FOR_OPENING,
            openingId,
            null,
            oversight.pinned(),
            sort.name(),
            filter.describe(),
            offset),
        result);
    return result;
  }

  /**
   * Who a candidate's handle stands for (account id and name), for staff only: empty for every
   * other caller, and for a handle no ranking has shown since the start.
   */
  public java.util.Optional<CandidateSource.Person> personBehind(String handle) {
    if (viewers == null || !viewers.current().isStaff()) {
      return java.util.Optional.empty();
    }
    return askedFor.persons.get(handle, candidates::person);
  }

  /**
   * A job seeker as matching knows them, for showing beside a match card: what employers may see
   * (municipality, skills, languages, qualifications, work history, availability), never who they
   * are. Empty when the handle is unknown or matching is not ready.
   */
  public java.util.Optional<CandidateSnapshot> candidate(String handle) {
    MatchingIndex current = keeper().index();
    return current == null ? java.util.Optional.empty() : current.candidate(handle);
  }

  /**
   * The handle under which employers see the job seeker of an account (whether or not the profile
   * is visible to them now); empty when the account has no profile.
   */
  public java.util.Optional<String> handleOf(long accountId) {
    return candidates.handleOf(accountId);
  }

  /**
   * The match card of one job seeker with one opening, scored as rankings score it, for showing a
   * single pair (a contact request). The job seeker's profile is read fresh and need not be visible
   * to employers (the caller decides what to disclose); nothing is written to the ranking log, as
   * no ranking is shown. Empty when matching is not ready, the profile is hidden or incomplete, or
   * the opening lacks what matching needs.
   */
  public java.util.Optional<MatchCard> cardFor(long accountId, long openingId) {
    MatchingIndex current = current();
    if (current == null) {
      return java.util.Optional.empty();
    }
    CandidateSource.OwnProfile own = candidates.ofAccount(accountId);
    if (own.state() != CandidateSource.ProfileState.READY) {
      return java.util.Optional.empty();
    }
    java.util.Optional<OpeningSnapshot> opening =
        current
            .opening(String.valueOf(openingId))
            .or(() -> openings.find(openingId).map(OpeningSource.OpeningFacts::snapshot));
    return opening.map(
        o ->
            new org.talentbruecke.matching.domain.MatchScorer(current.relations())
                .score(o, own.snapshot()));
  }

  /** The ranked published openings for the job seeker of an account. */
  public Result openingsFor(long accountId, int limit, int offset) {
    checkPaging(limit, offset);
    CandidateSource.OwnProfile own = askedFor.ownProfiles.get(accountId, candidates::ofAccount);
    if (own.state() != CandidateSource.ProfileState.READY) {
      return Result.empty(own.state().reason());
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
        new RankingRecorder.Request(
            RankingDirection.OPENINGS_FOR_PROFILE,
            null,
            own.snapshot().handle(),
            Set.of(),
            "FIT",
            "",
            offset),
        result);
    return result;
  }

  /** Every ranking shown goes to the ranking log (not in tests without a container). */
  private void log(RankingRecorder.Request request, Result result) {
    if (recorder != null) {
      recorder.shown(request, result);
    }
  }

  private static void checkPaging(int limit, int offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** The current index with every change noted so far applied (see {@link IndexKeeper}). */
  private MatchingIndex current() {
    return keeper().current();
  }

  private IndexKeeper keeper() {
    IndexKeeper k = keeper;
    if (k == null) {
      synchronized (this) {
        if (keeper == null) {
          // Built on first use, not in the constructor: CDI injects the sources after that.
          keeper =
              new IndexKeeper(
                  candidates,
                  openings,
                  relations,
                  task -> executor.submit(task),
                  () -> {
                    if (recorder != null) {
                      recorder.purge();
                    }
                  },
                  MAX_AGE);
        }
        k = keeper;
      }
    }
    return k;
  }

  /** Starts a full rebuild now (admins); false when one is already running. */
  public boolean rebuildNow() {
    return keeper().rebuildNow();
  }

  /** Builds a whole new index and swaps it in (see {@link IndexKeeper#rebuild}). */
  void rebuild() {
    keeper().rebuild();
  }

  // ---- live updates (see IndexKeeper) -------------------------------------------------------

  /**
   * After a profile's transaction committed: its entry is re-read before the next ranking. The
   * observer itself only notes the id (no database work in the commit's afterCompletion phase).
   */
  void onProfileSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileSaved event) {
    askedFor.ownProfiles.changed(event.accountId());
    keeper().noteProfile(event.accountId());
  }

  /** After an opening's transaction committed: its entry is re-read before the next ranking. */
  void onOpeningChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OpeningChanged event) {
    askedFor.openings.changed(event.openingId());
    keeper().noteOpening(event.openingId());
  }

  /** Re-reads one profile and puts it into (or takes it out of) the current index. */
  void updateProfile(long accountId) {
    askedFor.ownProfiles.changed(accountId);
    keeper().updateProfile(accountId);
  }

  /** Re-reads one opening and puts it into (or takes it out of) the current index. */
  void updateOpening(long openingId) {
    askedFor.openings.changed(openingId);
    keeper().updateOpening(openingId);
  }

  /**
   * Drops an erased job seeker from the index at once (not only at the next rebuild), so that
   * employers stop seeing them; a build running meanwhile drops them too before it is swapped in.
   *
   * @return true when the candidate was in the current index
   */
  public boolean forgetCandidate(String handle) {
    askedFor.erased();
    return keeper().forgetCandidate(handle);
  }
}
