package org.talentbruecke.reference.infrastructure.esco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the shipped files of a language whose ESCO labels are added to the German and English data
 * (Arabic and Ukrainian): labels and descriptions only, because every language-neutral value (skill
 * type, status, dates, regulation) already comes with the German and English files. Rows are
 * official rows with columns left out; none is translated, guessed or copied across languages.
 */
final class LabelOnlyTables {

  private static final String SKILL_TYPE = "KnowledgeSkillCompetence";
  // collection files list alternative labels separated by " | " where the main export uses line
  // breaks
  private static final Pattern COLLECTION_SEPARATOR = Pattern.compile("\\s*\\|\\s*");
  private static final List<String> LABEL_COLUMNS =
      List.of("preferredLabel", "altLabels", "hiddenLabels", "description");

  private final String version;

  /**
   * @param version the ESCO version of the source files, for VERSION.txt
   */
  LabelOnlyTables(String version) {
    this.version = version;
  }

  /**
   * One row per concept URI of a main-export file (occupations, ISCO groups, skill groups).
   *
   * @param codeColumn the language-neutral column the importer requires for this kind ({@code
   *     iscoGroup} of occupations, {@code code} of ISCO groups), or null
   * @param known the URIs the German and English files hold; other rows are left out so that a
   *     concept never exists in Arabic or Ukrainian only
   */
  OutputTable conceptFile(
      SourceTable table, String fileName, String codeColumn, Set<String> known) {
    List<String> columns = columns(table, codeColumn);
    Map<String, String[]> newest = new LinkedHashMap<>();
    Tally tally = new Tally();
    for (String[] row : table.rows()) {
      String uri = table.get(row, "conceptUri");
      if (!keep(table.get(row, "preferredLabel"), uri, known, tally)) {
        continue;
      }
      String[] other = newest.get(uri);
      if (other == null || modified(table, row).compareTo(modified(table, other)) > 0) {
        newest.put(uri, row);
      }
    }
    List<String[]> rows = new ArrayList<>();
    newest.values().forEach(row -> rows.add(OutputTable.project(table, row, columns)));
    tally.repeated = tally.kept - rows.size();
    return new OutputTable(fileName, columns, rows, version, provenance(table.name(), tally))
        .sortedBy("conceptUri");
  }

  /**
   * The skills of ESCO's official collections (digital, green, language, ...), the only Arabic and
   * Ukrainian skill labels available here, as one skills file in the main export's layout.
   */
  OutputTable skillFile(List<SourceTable> collections, String fileName, Set<String> known) {
    List<String> columns = List.of("conceptType", "conceptUri", "preferredLabel", "altLabels");
    List<String> withDescription = new ArrayList<>(columns);
    withDescription.add("description");
    Map<String, String[]> byUri = new LinkedHashMap<>();
    Tally tally = new Tally();
    List<String> names = new ArrayList<>();
    for (SourceTable table : collections) {
      names.add(table.name());
      for (String[] row : table.rows()) {
        String uri = table.get(row, "conceptUri");
        if (!SKILL_TYPE.equals(table.get(row, "conceptType"))
            || !keep(table.get(row, "preferredLabel"), uri, known, tally)) {
          continue;
        }
        Map<String, String> values = new HashMap<>();
        values.put("conceptType", SKILL_TYPE);
        values.put("conceptUri", uri);
        values.put("preferredLabel", table.get(row, "preferredLabel"));
        values.put(
            "altLabels",
            String.join("\n", COLLECTION_SEPARATOR.split(table.get(row, "altLabels").trim())));
        values.put("description", table.get(row, "description"));
        byUri.putIfAbsent(uri, OutputTable.row(withDescription, values));
      }
    }
    int repeated = tally.kept - byUri.size();
    return new OutputTable(
            fileName,
            withDescription,
            new ArrayList<>(byUri.values()),
            version,
            provenance(String.join(", ", names), tally)
                + "; "
                + repeated
                + " rows of skills in several collections taken once; \" | \" between alternative labels"
                + " written as line breaks like the main export")
        .sortedBy("conceptUri");
  }

  private static List<String> columns(SourceTable table, String codeColumn) {
    List<String> columns = new ArrayList<>(List.of("conceptType", "conceptUri"));
    if (codeColumn != null) {
      columns.add(codeColumn);
    }
    for (String column : LABEL_COLUMNS) {
      if (table.hasColumn(column)) {
        columns.add(column);
      }
    }
    return columns;
  }

  private static boolean keep(String preferredLabel, String uri, Set<String> known, Tally tally) {
    if (preferredLabel.isBlank()) {
      tally.unlabelled++;
      return false;
    }
    if (!known.contains(uri)) {
      tally.unknown++;
      return false;
    }
    tally.kept++;
    return true;
  }

  private static String modified(SourceTable table, String[] row) {
    return table.hasColumn("modifiedDate") ? table.get(row, "modifiedDate") : "";
  }

  private String provenance(String source, Tally tally) {
    StringBuilder text =
        new StringBuilder("official ")
            .append(source)
            .append(" v")
            .append(version)
            .append(", labels and description only (the other columns come with the German and")
            .append(" English files)");
    if (tally.repeated > 0) {
      text.append("; ")
          .append(tally.repeated)
          .append(" repeated rows of the same conceptUri reduced to one (the latest modifiedDate)");
    }
    if (tally.unlabelled > 0) {
      text.append("; ").append(tally.unlabelled).append(" rows without preferredLabel left out");
    }
    if (tally.unknown > 0) {
      text.append("; ")
          .append(tally.unknown)
          .append(" rows of concepts the German and English files lack left out");
    }
    return text.toString();
  }

  /** What happened to the rows of one source. */
  private static final class Tally {
    private int kept;
    private int repeated;
    private int unlabelled;
    private int unknown;
  }
}
