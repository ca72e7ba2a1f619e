package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * The one list of municipalities is the shipped file: what the catalogue offers to openings,
 * organisations and profiles is exactly src/main/resources/reference/municipalities.csv, keyed by
 * the official 8-digit AGS of Region Hannover (district 03241).
 */
class MunicipalityTest {
  private static final Path SHIPPED = Path.of("src/main/resources/reference/municipalities.csv");

  private final MunicipalityCatalog catalog = ShippedCatalogs.municipalities();

  private static Map<String, String> namesInTheShippedFile() throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(SHIPPED, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVParser.builder()
                .setReader(reader)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                .get()) {
      for (CSVRecord row : parser) {
        names.put(row.get("ags"), row.get("name"));
      }
    }
    return names;
  }

  @Test
  void theCatalogueOffersExactlyTheRowsOfTheShippedFileInTheirOrder() throws IOException {
    Map<String, String> shipped = namesInTheShippedFile();
    Map<String, String> offered = new LinkedHashMap<>();
    catalog.all().forEach(m -> offered.put(m.ags(), m.name()));
    assertThat(offered).containsExactlyEntriesOf(shipped);
  }

  @Test
  void theShippedFileHasRegionHannoversTwentyOneKeysWithHannoverFirst() throws IOException {
    Map<String, String> shipped = namesInTheShippedFile();
    assertThat(shipped).hasSize(21);
    assertThat(shipped.keySet()).allMatch(code -> code.matches("03241\\d{3}"));
    assertThat(shipped.keySet().iterator().next()).isEqualTo("03241001");
    assertThat(shipped.get("03241001")).isEqualTo("Hannover");
  }

  @Test
  void onlyKeysOfTheFileAreKnown() throws IOException {
    for (String ags : namesInTheShippedFile().keySet()) {
      assertThat(catalog.isKnown(ags)).as(ags).isTrue();
      assertThat(catalog.byAgs(ags).map(Municipality::ags)).hasValue(ags);
    }
    assertThat(catalog.isKnown("03241022")).isFalse();
    assertThat(catalog.isKnown("3241001")).isFalse();
    assertThat(catalog.isKnown(null)).isFalse();
  }
}
