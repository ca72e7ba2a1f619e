package org.talentbruecke.matching.application;

import java.time.LocalDate;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.ScoreRules;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;

/**
 * What an employer narrows a candidate list to. Filters only remove candidates; they never change a
 * score or the order of those that remain.
 *
 * @param mustHavesOnly only those who have every must-have skill
 * @param recognitionComplete only those with nothing left to recognise: no recognition gap for this
 *     opening and every qualification from abroad fully equivalent (or none from abroad)
 * @param maxCommuteKm only those living at most this far (straight line between municipality
 *     centres, as the match card shows it) from the opening's place; null for no limit
 * @param availableBy only those who can start on or before this day; null for any start
 */
public record CandidateFilter(
    boolean mustHavesOnly,
    boolean recognitionComplete,
    Integer maxCommuteKm,
    LocalDate availableBy) {

  /** The longest commute limit one may ask for, in km (the region is about 60 km across). */
  public static final int MAX_COMMUTE_KM = 500;

  /** Everyone. */
  public static final CandidateFilter NONE = new CandidateFilter(false, false, null, null);

  public CandidateFilter {
    if (maxCommuteKm != null && (maxCommuteKm < 0 || maxCommuteKm > MAX_COMMUTE_KM)) {
      throw new IllegalArgumentException("maxCommuteKm must be 0.." + MAX_COMMUTE_KM);
    }
  }

  /** Only must-haves, as the first version of the API knew it. */
  public static CandidateFilter mustHaves(boolean only) {
    return new CandidateFilter(only, false, null, null);
  }

  /** True when some filter needs the candidate's own facts, not just the match card. */
  boolean needsCandidate() {
    return recognitionComplete || maxCommuteKm != null || availableBy != null;
  }

  /** The filters set, compact, for the ranking log (e.g. {@code mustHavesOnly,maxCommuteKm=30}). */
  public String describe() {
    java.util.List<String> set = new java.util.ArrayList<>();
    if (mustHavesOnly) {
      set.add("mustHavesOnly");
    }
    if (recognitionComplete) {
      set.add("recognitionComplete");
    }
    if (maxCommuteKm != null) {
      set.add("maxCommuteKm=" + maxCommuteKm);
    }
    if (availableBy != null) {
      set.add("availableBy=" + availableBy);
    }
    return String.join(",", set);
  }

  /** True when any filter is set (empty states then say to widen them). */
  public boolean narrows() {
    return mustHavesOnly || needsCandidate();
  }

  /** Whether the card (and, where needed, the candidate) passes; candidate may be null. */
  boolean admits(MatchCard card, CandidateSnapshot candidate, OpeningSnapshot opening) {
    if (mustHavesOnly && hasGap(card, "matching.gap.mustHave")) {
      return false;
    }
    if (!needsCandidate()) {
      return true;
    }
    if (candidate == null) {
      return false;
    }
    if (recognitionComplete && !recognitionComplete(card, candidate)) {
      return false;
    }
    if (maxCommuteKm != null
        && ScoreRules.distanceTenthsKm(candidate.municipality(), opening.municipality())
            > maxCommuteKm * 10) {
      return false;
    }
    return availableBy == null
        || candidate.availability().earliestStart() == null
        || !candidate.availability().earliestStart().isAfter(availableBy);
  }

  private static boolean recognitionComplete(MatchCard card, CandidateSnapshot candidate) {
    if (hasGap(card, "matching.gap.recognitionRoute")
        || hasGap(card, "matching.gap.recognitionMissing")) {
      return false;
    }
    return candidate.qualifications().stream()
        .allMatch(
            q ->
                q.recognition().isEmpty()
                    || q.recognition().get().status() == RecognitionStatus.FULL_EQUIVALENCE);
  }

  private static boolean hasGap(MatchCard card, String key) {
    return card.gaps().stream().anyMatch(g -> g.key().equals(key));
  }
}
