package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscoVersionsTest {

  @Test
  void readsTheVersionFromTheNameOfAnOfficialExport() {
    assertThat(EscoVersions.fromFileName("ESCO dataset - v1.2.0 - classification - de - csv.zip"))
        .isEqualTo("1.2.0");
    assertThat(EscoVersions.fromFileName("esco-v1.1.zip")).isEqualTo("1.1");
    assertThat(EscoVersions.fromFileName("upload.zip")).isEqualTo(EscoVersions.UNKNOWN);
    assertThat(EscoVersions.fromFileName(null)).isEqualTo(EscoVersions.UNKNOWN);
  }

  @Test
  void joinsAllVersionsTheManifestNames() {
    String manifest =
        "file:        skills_en.csv.gz\n"
            + "esco:        1.1.1 (13896 rows) + 1.2.0 (127 rows)\n"
            + "file:        occupations_de.csv.gz\n"
            + "esco:        1.2.1\n";

    assertThat(EscoVersions.fromManifest(manifest)).isEqualTo("1.1.1+1.2.0+1.2.1");
    assertThat(EscoVersions.fromManifest("no versions here")).isEqualTo(EscoVersions.UNKNOWN);
  }
}
