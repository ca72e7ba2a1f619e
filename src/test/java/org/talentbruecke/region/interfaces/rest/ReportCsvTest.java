package org.talentbruecke.region.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.region.application.CountTable;
import org.talentbruecke.region.application.RegionCounts;
import org.talentbruecke.region.application.RegionDashboard;
import org.talentbruecke.region.application.RegionDashboardService;
import org.talentbruecke.region.application.RegionReport;
import org.talentbruecke.region.application.ReportTable;

class ReportCsvTest {
  private static final Vocabulary NO_LABELS =
      new Vocabulary() {
        @Override
        public boolean exists(String uri) {
          return false;
        }

        @Override
        public boolean exists(String uri, ConceptType type) {
          return false;
        }

        @Override
        public Map<String, LocalizedLabel> labels(Collection<String> uris, List<String> order) {
          return Map.of();
        }

        @Override
        public Map<String, OccupationFacts> occupationFacts(Collection<String> uris) {
          return Map.of();
        }
      };

  @Test
  void everyTableIsABlockAndSmallGroupsAreWrittenAsLessThanFive() {
    CountTable people = new CountTable().add("all", "03241001", 40);
    CountTable languages = new CountTable().add("ar", "03241001", 30).add("hy", "03241001", 2);
    CountTable none = new CountTable();
    RegionCounts counts =
        (from, to, isco, stalled) ->
            new RegionCounts.Raw(
                people, none, none, languages, none, none, none, none, none, none, none, none, none,
                none);
    RegionDashboardService service =
        new RegionDashboardService(
            counts,
            ShippedCatalogs.municipalities(),
            Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
    RegionDashboard d = service.dashboard(service.filter(null, null, null, null));
    List<ReportTable> tables =
        new RegionReport(NO_LABELS, ShippedCatalogs.languages()).tables(d, Locale.GERMAN);

    String csv = new String(ReportCsv.write(tables), StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\ufeffRegionales Dashboard");
    assertThat(csv.split("\r\n\r\n")).hasSize(tables.size());
    assertThat(csv).contains("Arabisch,30,0,0").contains("Armenisch,< 5,0,0");
    assertThat(csv).doesNotContain(",2,");
  }
}
