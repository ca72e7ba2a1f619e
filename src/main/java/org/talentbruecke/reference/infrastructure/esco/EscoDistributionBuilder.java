package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.reference.application.EscoDataSet;

/**
 * Builds the ESCO files Talentbrücke ships from the development copies in {@code shared/data/esco}.
 * Usage: {@code EscoDistributionBuilder <shared/data/esco> <output directory>}.
 */
public final class EscoDistributionBuilder {

  private static final List<String> DROPPED = SkillTables.DROPPED_COLUMNS;

  private final EscoSourceData source;

  EscoDistributionBuilder(EscoSourceData source) {
    this.source = source;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println(
          "usage: EscoDistributionBuilder <shared/data/esco directory> <output directory>");
      System.exit(2);
    }
    long start = System.nanoTime();
    Path target = Path.of(args[1]);
    List<OutputTable> tables =
        new EscoDistributionBuilder(new EscoSourceData(Path.of(args[0]))).tables();
    DistributionWriter writer = new DistributionWriter(target);
    List<DistributionWriter.WrittenFile> written = new ArrayList<>();
    long bytes = 0;
    for (OutputTable table : tables) {
      DistributionWriter.WrittenFile file = writer.write(table);
      written.add(file);
      bytes += file.bytes();
      System.out.printf(
          "%-40s %8d rows %10d bytes  ESCO %s%n",
          table.fileName(), table.rows().size(), file.bytes(), table.escoVersion());
    }
    VersionManifest.write(target, written);
    System.out.printf(
        "built %d files, %.1f MB, in %d ms%n",
        written.size(), bytes / 1e6, (System.nanoTime() - start) / 1_000_000);
    // read the result back with the importer so a build that the product could not import never
    // ships
    long readStart = System.nanoTime();
    EscoDataSet check = new EscoDistributionReader().read(target);
    System.out.printf(
        "re-read with EscoDistributionReader in %d ms: %s%n",
        (System.nanoTime() - readStart) / 1_000_000, check.counts());
  }

  List<OutputTable> tables() throws IOException {
    List<OutputTable> tables = new ArrayList<>();
    SkillTables skills =
        new SkillTables(
            source.v111Classification("skills_en.csv"),
            source.v120GermanSkillLabels(),
            source.skillCollections("v1.2.0-en"),
            source.skillCollections("v1.2.1-de"));
    tables.add(skills.english());
    tables.add(skills.german());
    tables.add(
        unchangedRows(
            source.v120English("skillGroups_en.csv.gz"), "skillGroups_en.csv.gz", "1.2.0"));
    tables.add(
        unchangedRows(
            source.v121German("skillGroups_de.csv.gz"), "skillGroups_de.csv.gz", "1.2.1"));
    tables.add(
        unchangedRows(source.v120English("ISCOGroups_en.csv.gz"), "ISCOGroups_en.csv.gz", "1.2.0"));
    tables.add(
        unchangedRows(source.v121German("ISCOGroups_de.csv.gz"), "ISCOGroups_de.csv.gz", "1.2.1"));
    OutputTable occupationsEn =
        unchangedRows(
            source.v120English("occupations_en.csv.gz"), "occupations_en.csv.gz", "1.2.0");
    tables.add(occupationsEn);
    tables.add(
        newestPerUri(source.v121German("occupations_de.csv.gz"), "occupations_de.csv.gz", "1.2.1"));
    tables.add(
        relationsOf(source.v111Relations("occupationSkillRelations.csv"), uris(occupationsEn)));
    tables.add(
        unchangedRows(
            source.v120English("broaderRelationsSkillPillar_en.csv.gz"),
            "broaderRelationsSkillPillar_en.csv.gz",
            "1.2.0"));
    tables.add(
        unchangedRows(
            source.v120English("broaderRelationsOccPillar_en.csv.gz"),
            "broaderRelationsOccPillar_en.csv.gz",
            "1.2.0"));
    tables.addAll(arabicAndUkrainian(tables));
    return tables;
  }

  /**
   * Arabic and Ukrainian labels from ESCO 1.2.1 for the concepts the German and English files hold:
   * all occupations, Ukrainian ISCO groups, skill groups, and the skills of ESCO's collections.
   */
  private List<OutputTable> arabicAndUkrainian(List<OutputTable> germanAndEnglish)
      throws IOException {
    Set<String> known = new HashSet<>();
    germanAndEnglish.stream()
        .filter(table -> table.columns().contains("preferredLabel"))
        .forEach(table -> known.addAll(uris(table)));
    LabelOnlyTables labels = new LabelOnlyTables("1.2.1");
    List<OutputTable> tables = new ArrayList<>();
    for (String language : List.of("ar", "uk")) {
      String occupations = "occupations_" + language + ".csv.gz";
      tables.add(
          labels.conceptFile(
              source.v121ArabicUkrainian(occupations), occupations, "iscoGroup", known));
      if (language.equals("uk")) {
        // ESCO 1.2.1 has no Arabic ISCO groups
        String isco = "ISCOGroups_uk.csv.gz";
        tables.add(labels.conceptFile(source.v121ArabicUkrainian(isco), isco, "code", known));
      }
      String skillGroups = "skillGroups_" + language + ".csv.gz";
      tables.add(
          labels.conceptFile(source.v121ArabicUkrainian(skillGroups), skillGroups, null, known));
      tables.add(
          labels.skillFile(
              source.skillCollections("v1.2.1-ar-uk", language),
              "skills_" + language + ".csv.gz",
              known));
    }
    return tables;
  }

  private static OutputTable unchangedRows(SourceTable table, String fileName, String version) {
    List<String> columns = OutputTable.keptColumns(table, DROPPED);
    List<String[]> rows = new ArrayList<>();
    table.rows().forEach(row -> rows.add(OutputTable.project(table, row, columns)));
    return new OutputTable(
        fileName,
        columns,
        rows,
        version,
        "official " + table.name() + " v" + version + ", all rows" + droppedNote(table));
  }

  /**
   * ESCO 1.2.1 occupations_de repeats a few occupations with a later modifiedDate; keep only the
   * latest row.
   */
  private static OutputTable newestPerUri(SourceTable table, String fileName, String version) {
    List<String> columns = OutputTable.keptColumns(table, DROPPED);
    Map<String, String[]> newest = new LinkedHashMap<>();
    for (String[] row : table.rows()) {
      String uri = table.get(row, "conceptUri");
      String[] known = newest.get(uri);
      if (known == null
          || table.get(row, "modifiedDate").compareTo(table.get(known, "modifiedDate")) > 0) {
        newest.put(uri, row);
      }
    }
    List<String[]> rows = new ArrayList<>();
    newest.values().forEach(row -> rows.add(OutputTable.project(table, row, columns)));
    int repeated = table.rows().size() - rows.size();
    return new OutputTable(
        fileName,
        columns,
        rows,
        version,
        "official "
            + table.name()
            + " v"
            + version
            + ", "
            + repeated
            + " repeated rows of the same conceptUri reduced to the one with the latest modifiedDate"
            + droppedNote(table));
  }

  private static OutputTable relationsOf(SourceTable table, Set<String> occupations) {
    List<String> columns = table.columns();
    List<String[]> rows = new ArrayList<>();
    Set<String> missing = new HashSet<>();
    for (String[] row : table.rows()) {
      String occupation = table.get(row, "occupationUri");
      if (occupations.contains(occupation)) {
        rows.add(OutputTable.project(table, row, columns));
      } else {
        missing.add(occupation);
      }
    }
    int left = table.rows().size() - rows.size();
    return new OutputTable(
        "occupationSkillRelations.csv.gz",
        columns,
        rows,
        "1.1.1",
        "official occupationSkillRelations.csv of the v1.1.1 relations zip (v1.1.1 name and columns);"
            + " "
            + left
            + " rows left out because their "
            + missing.size()
            + " occupations "
            + missing
            + " are not in ESCO 1.2.0; occupations new in 1.2.x have no relations here");
  }

  private static Set<String> uris(OutputTable table) {
    int column = table.columns().indexOf("conceptUri");
    Set<String> uris = new HashSet<>();
    table.rows().forEach(row -> uris.add(row[column]));
    return uris;
  }

  private static String droppedNote(SourceTable table) {
    List<String> dropped = new ArrayList<>(DROPPED);
    dropped.retainAll(table.columns());
    return dropped.isEmpty() ? "" : "; columns " + dropped + " left out";
  }
}
