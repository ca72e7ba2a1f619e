package org.talentbruecke.matching.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The list of intercultural and multilingual service skills names real, shipped ESCO skills. */
class ServiceSkillListTest {

  @Test
  void everyEntryIsAShippedEscoSkillWithItsEnglishLabel() throws IOException {
    Map<String, String> shipped = new HashMap<>();
    try (InputStream in =
        new GZIPInputStream(
            ServiceSkillListTest.class.getResourceAsStream("/reference/esco/skills_en.csv.gz"))) {
      for (CSVRecord r :
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        shipped.put(r.get("conceptUri"), r.get("preferredLabel"));
      }
    }
    Map<String, String> listed = new HashMap<>();
    try (InputStream in =
        ServiceSkillListTest.class.getResourceAsStream(ServiceSkillList.RESOURCE)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        listed.put(r.get("conceptUri"), r.get("preferredLabel_en"));
        assertThat(r.get("kind")).isIn("intercultural", "multilingual");
      }
    }
    assertThat(listed).hasSizeBetween(10, 30);
    listed.forEach((uri, label) -> assertThat(shipped.get(uri)).as(uri).isEqualTo(label));
    Set<String> loaded = ServiceSkillList.load();
    assertThat(loaded).isEqualTo(listed.keySet());
  }

  @Test
  void aRowThatIsNoEscoSkillStopsTheStart() {
    assertThatThrownBy(
            () ->
                ServiceSkillList.read(
                    new StringReader("conceptUri,kind\nhttp://example.org/x,intercultural\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("http://example.org/x");
  }
}
