package org.talentbruecke.matching.application;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.OpeningSnapshot;

/**
 * Holds the current {@link MatchingIndex} of {@link MatchingService} and keeps it current: full
 * rebuilds swapped in when done, and single changes applied in between.
 *
 * <p>Live updates: a saved profile or a changed opening is noted ({@link #noteProfile}, {@link
 * #noteOpening}) and re-read and replaced in (or removed from) the index at the start of the next
 * ranking, on that ranking's thread (a few milliseconds per changed entry). A full rebuild runs
 * when the index is older than {@link MatchingService#MAX_AGE} at the time of a query (a safety
 * net, and the moment expired openings leave) and when an admin asks for one.
 */
final class IndexKeeper {
  private static final Logger LOG = Logger.getLogger(IndexKeeper.class.getName());

  private final CandidateSource candidates;
  private final OpeningSource openings;
  private final SkillRelationsSource relations;
  private final Consumer<Runnable> background;
  private final Runnable afterBuild;
  private final Duration maxAge;

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

  /**
   * @param background runs a rebuild off the caller's thread
   * @param afterBuild runs after every successful rebuild (the ranking log's purge)
   */
  IndexKeeper(
      CandidateSource candidates,
      OpeningSource openings,
      SkillRelationsSource relations,
      Consumer<Runnable> background,
      Runnable afterBuild,
      Duration maxAge) {
    this.candidates = candidates;
    this.openings = openings;
    this.relations = relations;
    this.background = background;
    this.afterBuild = afterBuild;
    this.maxAge = maxAge;
  }

  /** The index as it is now, without applying pending changes; null before the first build. */
  MatchingIndex index() {
    return index;
  }

  /** Readiness waits for a build from now on. */
  void request() {
    requested = true;
  }

  boolean isReady() {
    return index != null;
  }

  boolean isWaitedFor() {
    return requested && index == null;
  }

  /**
   * The current index with every change noted so far applied; starts a background rebuild when it
   * has grown old.
   */
  MatchingIndex current() {
    applyPending();
    MatchingIndex current = index;
    if (current != null && builtAt.plus(maxAge).isBefore(Instant.now())) {
      rebuildInBackground();
    }
    return current;
  }

  /** Starts a full rebuild now; false when one is already running. */
  boolean rebuildNow() {
    boolean idle = !building.get();
    requested = true;
    rebuildInBackground();
    return idle;
  }

  void rebuildInBackground() {
    if (!building.compareAndSet(false, true)) {
      return;
    }
    try {
      background.accept(this::rebuild);
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
      afterBuild.run();
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

  // ---- live updates -------------------------------------------------------------------------

  /** A profile's transaction committed: its entry is re-read before the next ranking. */
  void noteProfile(long accountId) {
    pendingProfiles.add(accountId);
  }

  /** An opening's transaction committed: its entry is re-read before the next ranking. */
  void noteOpening(long openingId) {
    pendingOpenings.add(openingId);
  }

  /**
   * Applies every change noted since the last ranking, on the thread that ranks now, so the ranking
   * already holds them. A few changed entries cost a few milliseconds; they are read one by one in
   * their own transactions. Not on a background thread for the reason given at {@link
   * RankingRecorder#shown}. One thread at a time, so that two saves of one profile are applied in
   * order; a ranking that finds nothing pending does not wait.
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
    Optional<CandidateSource.Current> current = candidates.current(accountId);
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
    Optional<OpeningSource.OpeningFacts> facts = openings.find(openingId);
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
      MatchingIndex target, Optional<CandidateSource.Current> current) {
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
      MatchingIndex target, long openingId, Optional<OpeningSource.OpeningFacts> facts) {
    if (facts.isPresent() && facts.get().published() && facts.get().snapshot() != null) {
      target.addOpening(facts.get().snapshot());
    } else {
      target.removeOpening(String.valueOf(openingId));
    }
  }

  /**
   * Drops an erased job seeker from the index at once (not only at the next rebuild); a build
   * running meanwhile drops them too before it is swapped in.
   */
  boolean forgetCandidate(String handle) {
    erased.put(handle, Instant.now());
    MatchingIndex current = index;
    return current != null && current.removeCandidate(handle);
  }
}
