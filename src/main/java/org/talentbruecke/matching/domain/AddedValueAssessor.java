package org.talentbruecke.matching.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.talentbruecke.reference.domain.language.CefrLevel;

/**
 * What one job seeker brings to the business behind an opening beyond its requirements (see {@link
 * AddedValue} and docs/matching.md, "Added value"). Pure and thread-safe. It reads only languages,
 * the countries of work experience and skills: never name, age, gender, nationality, country of
 * birth or religion, which a {@link CandidateSnapshot} does not even hold.
 */
public final class AddedValueAssessor {
  /** A language of the organisation's markets spoken at B2 or better, or as mother tongue. */
  public static final int MARKET_LANGUAGE_POINTS = 10;

  /** Work experience in a country the organisation trades with. */
  public static final int TRADE_COUNTRY_POINTS = 8;

  /** An intercultural or multilingual service skill from the shipped ESCO list. */
  public static final int SERVICE_SKILL_POINTS = 5;

  /** A skill scarce in the region ({@link ScarceSkill}). */
  public static final int SCARCE_SKILL_POINTS = 4;

  /** At most this many service skills and this many scarce skills are named (and counted). */
  public static final int MAX_SKILLS_PER_KIND = 3;

  private static final int B2 = CefrLevel.B2.ordinal();
  private static final String HOME_COUNTRY = "DE";

  private final Set<String> serviceSkills;

  /**
   * @param serviceSkills ESCO URIs of intercultural and multilingual service skills
   */
  public AddedValueAssessor(Set<String> serviceSkills) {
    this.serviceSkills = Set.copyOf(serviceSkills);
  }

  /**
   * @param markets the organisation's customer languages and trade countries
   * @param scarce the region's scarce skills by URI
   */
  public AddedValue assess(
      CandidateSnapshot candidate, OrganisationMarkets markets, Map<String, ScarceSkill> scarce) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(markets, "markets");
    List<Reason> reasons = new ArrayList<>();
    int points = 0;

    for (String language : new java.util.TreeSet<>(markets.languages())) {
      if (language.equals(LanguageAbility.GERMAN)) {
        continue; // every business here serves German speakers: not an addition
      }
      var own = candidate.language(language);
      if (own.isPresent() && own.get().overallRank() >= B2) {
        LanguageAbility l = own.get();
        reasons.add(
            Reason.of(
                l.motherTongue()
                    ? "matching.value.marketLanguageNative"
                    : "matching.value.marketLanguage",
                language,
                l.motherTongue() ? "NATIVE" : CefrLevel.values()[l.overallRank()].name()));
        points += MARKET_LANGUAGE_POINTS;
      }
    }

    Map<String, Integer> yearsByCountry = new TreeMap<>();
    for (WorkExperience work : candidate.workHistory()) {
      if (markets.countries().contains(work.countryCode())
          && !HOME_COUNTRY.equals(work.countryCode())) {
        yearsByCountry.merge(work.countryCode(), work.years(), Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : yearsByCountry.entrySet()) {
      if (e.getValue() >= 1) {
        reasons.add(Reason.of("matching.value.tradeCountry", e.getKey(), e.getValue()));
        points += TRADE_COUNTRY_POINTS;
      }
    }

    List<String> service =
        candidate.skills().stream()
            .map(CandidateSkill::skillUri)
            .filter(serviceSkills::contains)
            .distinct()
            .limit(MAX_SKILLS_PER_KIND)
            .toList();
    for (String skill : service) {
      reasons.add(Reason.of("matching.value.serviceSkill", skill));
      points += SERVICE_SKILL_POINTS;
    }

    List<ScarceSkill> rare =
        candidate.skills().stream()
            .map(s -> scarce.get(s.skillUri()))
            .filter(Objects::nonNull)
            .distinct()
            .sorted(
                Comparator.comparingInt(ScarceSkill::demand)
                    .reversed()
                    .thenComparingInt(ScarceSkill::supply)
                    .thenComparing(ScarceSkill::skillUri))
            .limit(MAX_SKILLS_PER_KIND)
            .toList();
    for (ScarceSkill s : rare) {
      reasons.add(Reason.of("matching.value.scarceSkill", s.skillUri(), s.demand(), s.supply()));
      points += SCARCE_SKILL_POINTS;
    }
    return reasons.isEmpty() ? AddedValue.NONE : new AddedValue(points, reasons);
  }
}
