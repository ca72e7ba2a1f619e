package org.talentbruecke.region.application;

import java.util.List;
import org.talentbruecke.region.domain.DashboardFilter;
import org.talentbruecke.region.domain.Figure;

/**
 * Every figure of the regional dashboard for one filter. Figures about people are {@link Figure}s
 * (possibly suppressed); counts of openings, positions and organisations are plain numbers, since
 * they describe no person.
 */
public record RegionDashboard(
    DashboardFilter filter,
    Figure jobSeekers,
    long openings,
    long positions,
    List<OccupationRow> occupations,
    List<OccupationRow> biggestGaps,
    List<OccupationRow> biggestUnusedSupply,
    List<SkillRow> skillsMostAskedFor,
    List<SkillRow> skillsMostOffered,
    List<LanguageRow> languages,
    List<RecognitionRow> recognition,
    List<StalledRow> recognitionStalls,
    List<GermanRow> german,
    Figure matchesUnlockedByOneLevel,
    List<StageRow> pipeline) {

  /**
   * An ISCO-08 sub-major group (2 digits): job seekers wanting an occupation in it, positions of
   * openings in it, and the gap (positions minus job seekers; suppressed with the job seekers).
   */
  public record OccupationRow(String iscoGroup, Figure jobSeekers, long positions, Figure gap) {}

  /** An ESCO skill: job seekers who state it, openings that ask for it. */
  public record SkillRow(String skillUri, Figure jobSeekers, long openings) {}

  /**
   * A language: job seekers who speak it, openings that ask for it, organisations whose customers
   * or export markets use it.
   */
  public record LanguageRow(
      String code, Figure jobSeekers, long openings, long organisationsWithCustomers) {}

  /** Job seekers with at least one qualification in this recognition state. */
  public record RecognitionRow(String status, Figure jobSeekers) {}

  /** A German reference occupation where applications for recognition wait long. */
  public record StalledRow(String occupationUri, Figure jobSeekers) {}

  /**
   * A German level: job seekers at it, openings requiring it, openings requiring the next level,
   * and the matches a one-level course would unlock for these job seekers.
   */
  public record GermanRow(
      String level,
      Figure jobSeekers,
      long openingsRequiring,
      long openingsRequiringNextLevel,
      Figure unlockedMatches) {}

  /**
   * A pipeline stage: cases (opening and candidate) whose furthest stage it is, and cases that
   * reached at least this stage (the funnel).
   */
  public record StageRow(String stage, Figure cases, Figure reachedAtLeast) {}
}
