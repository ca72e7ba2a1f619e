package org.talentbruecke.reference.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void missingResourceFailsFast() {
    assertThatThrownBy(() -> CsvTable.load("does-not-exist.csv"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("/reference/does-not-exist.csv");
  }

  @Test
  void rowWithTooFewColumnsIsReportedWithItsLine() {
    assertThatThrownBy(() -> CsvTable.load("test-broken.csv"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThatThrownBy(() -> BilingualTextTable.load("test-duplicate.csv"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("duplicate key same");
  }

  @Test
  void quotedFieldsKeepTheirCommas() {
    CsvTable table = CsvTable.load("cefr-descriptors.csv");
    assertThat(table.records()).hasSize(41);
    assertThat(table.text(table.records().get(0), "key")).isEqualTo("level.A1");
    assertThat(table.text(table.records().get(0), "de")).contains(",");
  }
}
