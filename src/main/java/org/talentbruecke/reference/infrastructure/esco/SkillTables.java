package org.talentbruecke.reference.infrastructure.esco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds skills_en and skills_de from the partial sources available, keeping every row traceable to
 * one official source row: no label is translated, guessed or copied across languages.
 */
final class SkillTables {

  /**
   * Columns the product does not use: scheme membership and a definition column filled for 2 of
   * 13,896 skills.
   */
  static final List<String> DROPPED_COLUMNS = List.of("inScheme", "definition");

  private static final String SKILL_TYPE = "KnowledgeSkillCompetence";
  // collection files list alternative labels separated by " | " where the main export uses line
  // breaks
  private static final Pattern COLLECTION_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

  private final SourceTable english111;
  private final SourceTable germanLabels120;
  private final List<SourceTable> englishCollections120;
  private final List<SourceTable> germanCollections121;
  private final List<String> columns;

  SkillTables(
      SourceTable english111,
      SourceTable germanLabels120,
      List<SourceTable> englishCollections120,
      List<SourceTable> germanCollections121) {
    this.english111 = english111;
    this.germanLabels120 = germanLabels120;
    this.englishCollections120 = englishCollections120;
    this.germanCollections121 = germanCollections121;
    this.columns = OutputTable.keptColumns(english111, DROPPED_COLUMNS);
  }

  /**
   * v1.1.1 English rows, plus v1.2.0 collection rows for v1.2.0 skills that v1.1.1 does not have.
   */
  OutputTable english() {
    List<String[]> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String[] row : english111.rows()) {
      rows.add(OutputTable.project(english111, row, columns));
      seen.add(english111.get(row, "conceptUri"));
    }
    Set<String> skills120 = germanSkillUris();
    int added = 0;
    for (Map.Entry<String, Map<String, String>> entry :
        collectionRows(englishCollections120).entrySet()) {
      if (skills120.contains(entry.getKey()) && seen.add(entry.getKey())) {
        rows.add(OutputTable.row(columns, entry.getValue()));
        added++;
      }
    }
    return new OutputTable(
            "skills_en.csv.gz",
            columns,
            rows,
            "1.1.1 (" + english111.rows().size() + " rows) + 1.2.0 (" + added + " rows)",
            english111.rows().size()
                + " rows: skills_en.csv of the v1.1.1 classification zip, unchanged except"
                + " columns "
                + DROPPED_COLUMNS
                + " left out; "
                + added
                + " rows: skills new in v1.2.0 that are in"
                + " a v1.2.0 English skill collection, taken from that collection row (no hiddenLabels, scopeNote,"
                + " modifiedDate there)")
        .sortedBy("conceptUri");
  }

  /**
   * One row per v1.2.0 skill: the official v1.2.1 collection row where there is one, else the
   * v1.2.0 labels.
   */
  OutputTable german() {
    Map<String, Map<String, String>> official = collectionRows(germanCollections121);
    List<String[]> rows = new ArrayList<>();
    int fromCollections = 0;
    for (String[] row : germanLabels120.rows()) {
      if (!SKILL_TYPE.equals(germanLabels120.get(row, "conceptType"))) {
        continue;
      }
      String uri = germanLabels120.get(row, "conceptUri");
      Map<String, String> collectionRow = official.get(uri);
      if (collectionRow != null) {
        rows.add(OutputTable.row(columns, collectionRow));
        fromCollections++;
        continue;
      }
      Map<String, String> values = new HashMap<>();
      values.put("conceptType", SKILL_TYPE);
      values.put("conceptUri", uri);
      values.put("preferredLabel", germanLabels120.get(row, "preferredLabel_de"));
      values.put("altLabels", germanLabels120.get(row, "altLabels_de"));
      rows.add(OutputTable.row(columns, values));
    }
    int fromLabels = rows.size() - fromCollections;
    return new OutputTable(
            "skills_de.csv.gz",
            columns,
            rows,
            "1.2.1 (" + fromCollections + " rows) + 1.2.0 (" + fromLabels + " rows)",
            fromCollections
                + " rows: whole row from the official v1.2.1 German skill collections (digital,"
                + " green, language, transversal, research, DigComp) incl. German description; "
                + fromLabels
                + " rows: German preferredLabel and altLabels only, from the v1.2.0 German skill labels"
                + " (OpenEduHub re-publication of the official v1.2.0 German export); skillType, reuseLevel,"
                + " status, description left empty there because that source has none")
        .sortedBy("conceptUri");
  }

  private Set<String> germanSkillUris() {
    Set<String> uris = new HashSet<>();
    for (String[] row : germanLabels120.rows()) {
      if (SKILL_TYPE.equals(germanLabels120.get(row, "conceptType"))) {
        uris.add(germanLabels120.get(row, "conceptUri"));
      }
    }
    return uris;
  }

  /**
   * Skill rows of collection files keyed by URI, in the main export's column names and label
   * layout.
   */
  private static Map<String, Map<String, String>> collectionRows(List<SourceTable> collections) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (SourceTable table : collections) {
      for (String[] row : table.rows()) {
        if (!SKILL_TYPE.equals(table.get(row, "conceptType"))) {
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (String column :
            List.of(
                "conceptType",
                "conceptUri",
                "skillType",
                "reuseLevel",
                "preferredLabel",
                "status",
                "description")) {
          values.put(column, table.get(row, column));
        }
        values.put(
            "altLabels",
            String.join("\n", COLLECTION_SEPARATOR.split(table.get(row, "altLabels").trim())));
        rows.putIfAbsent(table.get(row, "conceptUri"), values);
      }
    }
    return rows;
  }
}
