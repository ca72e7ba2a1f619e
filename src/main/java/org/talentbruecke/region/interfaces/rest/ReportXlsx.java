package org.talentbruecke.region.interfaces.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.talentbruecke.region.application.ReportTable;

/**
 * The dashboard's tables as an Office Open XML workbook (XLSX), one sheet per table: title in the
 * first row, bold column titles, whole numbers as numbers. Written directly as the few XML parts
 * SpreadsheetML needs (inline strings, one style for bold) instead of with Apache POI, which would
 * add about 19 MB (12 jars) to the 30 MB WAR for this one export (decision 050).
 */
final class ReportXlsx {
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,15}");
  private static final Pattern NOT_IN_SHEET_NAMES = Pattern.compile("[\\[\\]:*?/\\\\]");

  private ReportXlsx() {}

  static byte[] write(List<ReportTable> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", contentTypes(tables.size()));
      put(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", workbook(tables));
      put(zip, "xl/_rels/workbook.xml.rels", workbookRelations(tables.size()));
      put(
          zip,
          "xl/styles.xml",
          "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
              + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
              + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
              + "<borders count=\"1\"><border/></borders>"
              + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
              + "<cellXfs count=\"2\"><xf fontId=\"0\"/><xf fontId=\"1\" applyFont=\"1\"/></cellXfs>"
              + "</styleSheet>");
      for (int i = 0; i < tables.size(); i++) {
        put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(tables.get(i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String contentTypes(int sheets) {
    StringBuilder xml =
        new StringBuilder(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= sheets; i++) {
      xml.append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(
              ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return xml.append("</Types>").toString();
  }

  private static String workbook(List<ReportTable> tables) {
    StringBuilder xml =
        new StringBuilder(
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    Set<String> used = new HashSet<>();
    for (int i = 0; i < tables.size(); i++) {
      xml.append("<sheet name=\"")
          .append(escape(sheetName(tables.get(i).title(), i + 1, used)))
          .append("\" sheetId=\"")
          .append(i + 1)
          .append("\" r:id=\"rId")
          .append(i + 1)
          .append("\"/>");
    }
    return xml.append("</sheets></workbook>").toString();
  }

  private static String workbookRelations(int sheets) {
    StringBuilder xml =
        new StringBuilder(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= sheets; i++) {
      xml.append("<Relationship Id=\"rId")
          .append(i)
          .append(
              "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
    }
    xml.append("<Relationship Id=\"rId")
        .append(sheets + 1)
        .append(
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    return xml.append("</Relationships>").toString();
  }

  private static String sheet(ReportTable table) {
    StringBuilder xml =
        new StringBuilder(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    int row = 1;
    row(xml, row++, List.of(table.title()), true);
    row(xml, row++, table.columns(), true);
    for (List<String> cells : table.rows()) {
      row(xml, row++, cells, false);
    }
    return xml.append("</sheetData></worksheet>").toString();
  }

  private static void row(StringBuilder xml, int number, List<String> cells, boolean bold) {
    xml.append("<row r=\"").append(number).append("\">");
    for (int c = 0; c < cells.size(); c++) {
      String ref = column(c) + number;
      String value = cells.get(c) == null ? "" : cells.get(c);
      String style = bold ? " s=\"1\"" : "";
      if (!bold && WHOLE_NUMBER.matcher(value).matches()) {
        xml.append("<c r=\"").append(ref).append('"').append(style).append("><v>");
        xml.append(value).append("</v></c>");
      } else {
        xml.append("<c r=\"")
            .append(ref)
            .append('"')
            .append(style)
            .append(" t=\"inlineStr\"><is><t>");
        xml.append(escape(value)).append("</t></is></c>");
      }
    }
    xml.append("</row>");
  }

  /** A, B, …, Z, AA, … */
  static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  /** At most 31 characters, none of []:*?/\, unique in the workbook. */
  static String sheetName(String title, int number, Set<String> used) {
    String name = NOT_IN_SHEET_NAMES.matcher(title).replaceAll(" ").strip();
    String prefix = number + " ";
    name = prefix + name;
    if (name.length() > 31) {
      name = name.substring(0, 31).strip();
    }
    while (!used.add(name.toLowerCase(java.util.Locale.ROOT))) {
      name = name.substring(0, Math.min(name.length(), 28)) + "_" + used.size();
    }
    return name;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }

  private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
            .getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
