package org.talentbruecke.matching.interfaces.web;

import java.util.List;

/**
 * One ranked match as a page shows it: every text already a sentence in the page's language (HTML,
 * arguments escaped). Pages call the accessors as methods ({@code #{m.fit()}}).
 *
 * @param handle the candidate's pseudonymous handle
 * @param openingId the opening's id
 * @param fit overall fit 0..100
 * @param full a full match (every must-have met); otherwise a close match with gaps
 * @param gaps what keeps a close match from being full
 * @param parts one line per part of the match
 * @param addedValue what the person brings beyond the requirements (may be empty)
 * @param nextSteps what would raise the match, for the job seeker (may be empty)
 * @param recommendedByRegion the region's staff recommend this candidate for this opening
 * @param candidate what employers may see of the person, null on a job seeker's own list
 */
public record MatchView(
    String handle,
    long openingId,
    int fit,
    boolean full,
    List<String> gaps,
    List<Part> parts,
    List<String> addedValue,
    List<Step> nextSteps,
    boolean recommendedByRegion,
    CandidateFacts candidate) {

  /**
   * @param label the aspect's name
   * @param points e.g. "12 von 15 Punkten"
   * @param percent the share of the maximum 0..100, for the bar beside the text
   * @param reason the summary sentence
   * @param details one sentence per item (per skill, per sub-skill), may be empty
   */
  public record Part(
      String aspect,
      String label,
      String points,
      int percent,
      String reason,
      List<String> details) {}

  /**
   * @param text the advice
   * @param skillUri an ESCO skill the person may already have and can add with one click, or null
   */
  public record Step(String text, String skillUri) {}

  /** What employers may see of a candidate: never name, contact, photo, age, gender, origin. */
  public record CandidateFacts(
      String municipality,
      List<String> skills,
      List<String> languages,
      List<String> qualifications,
      List<String> experience,
      String availability) {}
}
