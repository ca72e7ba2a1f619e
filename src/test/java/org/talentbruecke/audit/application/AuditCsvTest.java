package org.talentbruecke.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void quotesWhatNeedsQuotingAndDefusesFormulas() {
    assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
    assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
  }

  @Test
  void oneHeaderLineAndOneLinePerEntry() {
    AuditLog.Row row =
        new AuditLog.Row(
            7L,
            Instant.parse("2026-12-03T10:00:00Z"),
            "SIGN_IN",
            "Leyla <leyla@example.org>",
            "P-ABC",
            "JOB_SEEKER",
            null,
            "Leyla <leyla@example.org>",
            "P-ABC",
            null,
            null,
            null,
            null,
            null,
            null);
    String csv = AuditCsv.of(List.of(row));
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("id,at,type,actor,");
    assertThat(lines[1])
        .isEqualTo(
            "7,2026-12-03T10:00:00Z,SIGN_IN,Leyla <leyla@example.org>,P-ABC,JOB_SEEKER,,"
                + "Leyla <leyla@example.org>,P-ABC,,,,,,");
  }
}
