package org.talentbruecke.matching.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.reference.application.ReferenceDataLoaded;
import org.talentbruecke.shared.application.NotFound;

/**
 * Ranks job seekers for an opening and openings for a job seeker over an in-memory {@link
 * MatchingIndex}. The index is built in the background once the reference data (and in demo mode
 * the demo data) are loaded, and rebuilt in the background when it is older than {@link #MAX_AGE}
 * at the time of a query; until the first build is done, queries answer empty with the reason
 * {@code not-ready}. The asked-for side (the opening, or the job seeker's own profile) is always
 * read fresh.
 */
@ApplicationScoped
public class MatchingService {
  /** Changes to other profiles and openings reach rankings at most this much later. */
  static final Duration MAX_AGE = Duration.ofMinutes(2);

  private static final Logger LOG = Logger.getLogger(MatchingService.class.getName());

  @Inject private CandidateSource candidates;
  @Inject private OpeningSource openings;
  @Inject private SkillRelationsSource relations;
  @Resource private ManagedExecutorService executor;

  private volatile MatchingIndex index;
  private volatile Instant builtAt = Instant.EPOCH;
  private volatile boolean requested;
  private final AtomicBoolean building = new AtomicBoolean();

  /** How candidates are ordered. */
  public enum Sort {
    /** Full matches first, then by score (the matching index's order). */
    FIT,
    /** By score alone, full or close; ties by handle. */
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
    if (sort == Sort.VALUE) {
      all.sort(
          Comparator.comparingInt(MatchCard::scoreTenths)
              .reversed()
              .thenComparing(MatchCard::candidateHandle));
    }
    return page(all, limit, offset);
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
    return new Result(page.cards().stream().map(RankedMatch::of).toList(), page.total(), null);
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

  private static Result page(List<MatchCard> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new Result(
        all.subList(from, to).stream().map(RankedMatch::of).toList(), all.size(), null);
  }

  /** The current index; starts a background rebuild when it has grown old. */
  private MatchingIndex current() {
    MatchingIndex current = index;
    if (current != null && builtAt.plus(MAX_AGE).isBefore(Instant.now())) {
      rebuildInBackground();
    }
    return current;
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

  /** Builds a whole new index and swaps it in; queries keep using the old one meanwhile. */
  void rebuild() {
    try {
      long start = System.nanoTime();
      Instant asOf = Instant.now();
      MatchingIndex fresh = new MatchingIndex(relations.load());
      for (CandidateSnapshot candidate : candidates.visibleToEmployers()) {
        fresh.addCandidate(candidate);
      }
      for (OpeningSnapshot opening : openings.published()) {
        fresh.addOpening(opening);
      }
      index = fresh;
      builtAt = asOf;
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
    } finally {
      building.set(false);
    }
  }
}
