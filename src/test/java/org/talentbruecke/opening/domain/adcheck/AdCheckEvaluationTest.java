package org.talentbruecke.opening.domain.adcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the shipped check on a labelled set of German and English job ads written for the
 * purpose (issue 15): recall on the risky ads (every expected category reported) and the
 * false-alarm rate on the clean ones (any finding at all). The figures are reported in
 * docs/ad-check-evaluation.md.
 */
class AdCheckEvaluationTest {

  static final double MIN_RECALL = 0.95;
  static final double MAX_FALSE_ALARMS = 0.05;

  record LabelledAd(String id, AdText ad, Set<FindingCategory> expected, String why) {
    boolean risky() {
      return !expected.isEmpty();
    }
  }

  private static List<LabelledAd> ads;
  private static final List<String> missed = new ArrayList<>();
  private static final List<String> falseAlarms = new ArrayList<>();
  private static int risky;
  private static int found;
  private static int clean;

  @BeforeAll
  static void evaluate() throws IOException {
    ads = load();
    AdCheck check = AdCheck.standard();
    for (LabelledAd labelled : ads) {
      List<Finding> findings = check.check(labelled.ad());
      Set<FindingCategory> reported =
          findings.stream()
              .map(Finding::category)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCategory.class)));
      if (labelled.risky()) {
        risky++;
        if (reported.containsAll(labelled.expected())) {
          found++;
        } else {
          missed.add(labelled.id() + " expected " + labelled.expected() + ", got " + reported);
        }
      } else {
        clean++;
        if (!findings.isEmpty()) {
          falseAlarms.add(
              labelled.id()
                  + " got "
                  + findings.stream().map(f -> f.ruleId() + " '" + f.phrase() + "'").toList());
        }
      }
    }
    System.out.printf(
        "Ad-check evaluation: %d ads (%d risky, %d clean); recall %d/%d = %.1f %%; false alarms"
            + " %d/%d = %.1f %%%nper category: %s%nmissed: %s%nfalse alarms: %s%n",
        ads.size(),
        risky,
        clean,
        found,
        risky,
        100.0 * found / risky,
        falseAlarms.size(),
        clean,
        100.0 * falseAlarms.size() / clean,
        perCategory(),
        missed,
        falseAlarms);
  }

  @Test
  void theSetIsLargeEnoughAndCoversEveryCategoryInBothLanguages() {
    assertThat(ads).hasSizeGreaterThanOrEqualTo(60);
    assertThat(ads).extracting(LabelledAd::id).doesNotHaveDuplicates();
    Set<FindingCategory> covered = EnumSet.noneOf(FindingCategory.class);
    ads.forEach(a -> covered.addAll(a.expected()));
    assertThat(covered).containsExactlyInAnyOrder(FindingCategory.values());
    for (String language : List.of("de", "en")) {
      assertThat(ads)
          .as("risky and clean ads in " + language)
          .anySatisfy(a -> assertRiskyIn(a, language, true))
          .anySatisfy(a -> assertRiskyIn(a, language, false));
    }
  }

  @Test
  void findsAtLeast95PercentOfTheRiskyAdsWithTheRightCategory() {
    assertThat((double) found / risky)
        .as("recall; missed: " + missed)
        .isGreaterThanOrEqualTo(MIN_RECALL);
  }

  @Test
  void raisesAnAlarmOnAtMost5PercentOfTheCleanAds() {
    assertThat((double) falseAlarms.size() / clean)
        .as("false-alarm rate; alarms: " + falseAlarms)
        .isLessThanOrEqualTo(MAX_FALSE_ALARMS);
  }

  private static void assertRiskyIn(LabelledAd ad, String language, boolean risky) {
    assertThat(ad.ad().language()).isEqualTo(language);
    assertThat(ad.risky()).isEqualTo(risky);
  }

  private static Map<FindingCategory, Integer> perCategory() {
    Map<FindingCategory, Integer> counts = new EnumMap<>(FindingCategory.class);
    ads.forEach(a -> a.expected().forEach(c -> counts.merge(c, 1, Integer::sum)));
    return new TreeMap<>(counts);
  }

  private static List<LabelledAd> load() throws IOException {
    InputStream in = AdCheckEvaluationTest.class.getResourceAsStream("/adcheck/evaluation-ads.csv");
    assertThat(in).as("evaluation-ads.csv on the test classpath").isNotNull();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .get();
    List<LabelledAd> result = new ArrayList<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        Set<FindingCategory> expected = EnumSet.noneOf(FindingCategory.class);
        Arrays.stream(row.get("expected").split("\\s+"))
            .filter(s -> !s.isBlank())
            .map(FindingCategory::valueOf)
            .forEach(expected::add);
        assertThat(row.get("why")).as(row.get("id") + " why").isNotBlank();
        result.add(
            new LabelledAd(
                row.get("id"),
                new AdText(row.get("title"), row.get("description"), row.get("lang")),
                expected,
                row.get("why")));
      }
    }
    return result;
  }
}
