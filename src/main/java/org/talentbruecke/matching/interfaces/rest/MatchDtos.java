package org.talentbruecke.matching.interfaces.rest;

import java.util.List;

/**
 * The JSON of the matching API. Never holds a name, e-mail, phone number or birth date, except the
 * {@link PersonDto} that only staff get.
 *
 * <p>The records that hold others (a page, a card, a part) compare and hash by identity: JSON-B
 * (Yasson) keeps each object it is writing in a hash set to detect cycles, and a record's
 * component-wise hash walks everything below it, so a page of 50 cards was hashed over and over
 * while being written (about a tenth of a request's CPU in the load test's profile).
 */
public final class MatchDtos {
  private MatchDtos() {}

  /** A reason as message key and arguments, and as a sentence in the request's language. */
  public record ReasonDto(String key, List<String> args, String text) {}

  /**
   * One line of a match card.
   *
   * @param contribution points this aspect adds to the score (one decimal)
   */
  public record PartDto(
      String aspect,
      String label,
      double contribution,
      int maxPoints,
      ReasonDto reason,
      List<ReasonDto> details) {
    // By identity (see the class comment).
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /**
   * A ranked match. For candidates {@code handle} is the pseudonymous handle and {@code openingId}
   * the opening asked about; for openings both name the pair the same way.
   *
   * @param tier FULL (meets every constraint) or CLOSE (see gaps)
   * @param score the fit 0..100
   */
  public record MatchDto(
      String handle,
      long openingId,
      String tier,
      int score,
      List<PartDto> parts,
      List<ReasonDto> gaps,
      String algorithmVersion,
      AddedValueDto addedValue,
      List<NextStepDto> nextSteps,
      boolean recommendedByRegion,
      PersonDto person) {
    // By identity (see the class comment).
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /**
   * Who a handle stands for: only in answers to staff, never to employers (absent otherwise).
   *
   * @param name the name the job seeker registered with
   */
  public record PersonDto(long accountId, String name) {}

  /**
   * What the person brings to the business beyond the requirements (candidate lists only).
   *
   * @param points for sorting by added value; 0 when nothing was found
   */
  public record AddedValueDto(int points, List<ReasonDto> reasons) {}

  /** Something the job seeker can do that would raise the named part of the match. */
  public record NextStepDto(String aspect, ReasonDto advice) {}

  /**
   * One page of a ranking.
   *
   * @param total how many results there are in all
   * @param reason null when ranked; otherwise why the list is empty (hidden, no-skills, no-profile,
   *     no-municipality, opening-incomplete, not-ready)
   */
  public record RankingDto(
      List<MatchDto> items, int total, int limit, int offset, String reason, String reasonText) {
    // By identity (see the class comment).
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
