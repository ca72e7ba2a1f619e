package org.talentbruecke.region.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.talentbruecke.region.application.ReportTable;

class ReportXlsxTest {

  private static Map<String, String> parts(byte[] xlsx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  @Test
  void oneWellFormedSheetPerTableWithNumbersAsNumbersAndSuppressedAsText() throws Exception {
    List<ReportTable> tables =
        List.of(
            new ReportTable(
                "Sprachen: Angebot und Bedarf",
                List.of("Sprache", "Arbeitsuchende"),
                List.of(List.of("Arabisch", "30"), List.of("Armenisch", "< 5"))),
            new ReportTable("A & B [test]", List.of("x"), List.of(List.of("1"))));
    Map<String, String> parts = parts(ReportXlsx.write(tables));

    assertThat(parts)
        .containsKeys(
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml");
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    for (String part : parts.values()) {
      xml.newDocumentBuilder()
          .parse(new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8)));
    }
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("<c r=\"B3\"><v>30</v></c>");
    assertThat(sheet).contains("<c r=\"B4\" t=\"inlineStr\"><is><t>&lt; 5</t></is></c>");
    assertThat(sheet).contains("<c r=\"A2\" s=\"1\" t=\"inlineStr\"><is><t>Sprache</t>");
    assertThat(parts.get("xl/workbook.xml"))
        .contains("name=\"1 Sprachen  Angebot und Bedarf\"")
        .contains("name=\"2 A &amp; B  test\"");
  }

  @Test
  void columnNamesAndSheetNamesFollowTheSpreadsheetRules() {
    assertThat(ReportXlsx.column(0)).isEqualTo("A");
    assertThat(ReportXlsx.column(25)).isEqualTo("Z");
    assertThat(ReportXlsx.column(26)).isEqualTo("AA");
    String name =
        ReportXlsx.sheetName(
            "Wo die Anerkennung stockt: beantragt vor mehr als 6 Monaten", 7, new HashSet<>());
    assertThat(name).hasSizeLessThanOrEqualTo(31).startsWith("7 Wo die").doesNotContain(":");
  }
}
