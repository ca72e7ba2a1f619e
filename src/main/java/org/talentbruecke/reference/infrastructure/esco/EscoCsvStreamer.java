package org.talentbruecke.reference.infrastructure.esco;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.talentbruecke.reference.application.EscoConceptRow;
import org.talentbruecke.reference.application.EscoRecordHandler;
import org.talentbruecke.reference.application.IssueCollector;
import org.talentbruecke.reference.domain.BroaderRelation;
import org.talentbruecke.reference.domain.OccupationSkillRelation;

/** Reads every ESCO file of a source in a fixed order and passes valid records to a handler. */
final class EscoCsvStreamer {

  private static final Comparator<EscoFileName> READING_ORDER =
      Comparator.comparing(EscoFileName::kind)
          .thenComparing(EscoFileName::language)
          .thenComparing(EscoFileName::path);

  private final IssueCollector issues;
  private final EscoRowMapper mapper;
  private final List<String> filesRead = new ArrayList<>();
  private final List<String> filesSkipped = new ArrayList<>();
  private long rowsRead;

  EscoCsvStreamer(IssueCollector issues) {
    this.issues = issues;
    this.mapper = new EscoRowMapper(issues);
  }

  void stream(EscoSource source, String sourceName, EscoRecordHandler handler) throws IOException {
    Map<String, EscoSource.Entry> entries = new HashMap<>();
    List<EscoFileName> files = new ArrayList<>();
    Map<String, String> slots = new HashMap<>();
    for (EscoSource.Entry entry : source.entries()) {
      Optional<EscoFileName> name = EscoFileName.parse(entry.name());
      if (name.isEmpty()) {
        filesSkipped.add(entry.name());
      } else if (name.get().kind().needsLanguage() && name.get().language().isEmpty()) {
        issues.error(
            entry.name(),
            0,
            "no language suffix in the file name (expected e.g. "
                + name.get().kind().stem()
                + "_de.csv), so the language of its labels is unknown");
      } else {
        String other = slots.putIfAbsent(name.get().slot(), entry.name());
        if (other != null) {
          issues.error(
              entry.name(), 0, "holds the same data as " + other + "; keep only one of them");
          continue;
        }
        files.add(name.get());
        entries.put(entry.name(), entry);
      }
    }
    if (files.isEmpty() && !issues.hasErrors()) {
      issues.error(
          sourceName,
          0,
          "no ESCO CSV files found (expected e.g. skills_en.csv, occupations_de.csv)");
    }
    files.sort(READING_ORDER);
    for (EscoFileName file : files) {
      if (issues.errorLimitReached()) {
        return;
      }
      read(entries.get(file.path()), file, handler);
    }
  }

  List<String> filesRead() {
    return filesRead;
  }

  List<String> filesSkipped() {
    return filesSkipped;
  }

  long rowsRead() {
    return rowsRead;
  }

  private void read(EscoSource.Entry entry, EscoFileName file, EscoRecordHandler handler) {
    filesRead.add(file.path());
    try (InputStream raw = entry.open();
        InputStream in = file.gzip() ? new GZIPInputStream(raw, 1 << 16) : raw;
        CsvCursor cursor = CsvCursor.open(in)) {
      List<String> missing = new ArrayList<>(file.kind().requiredColumns());
      missing.removeIf(cursor::hasColumn);
      if (!missing.isEmpty()) {
        issues.error(
            file.path(),
            1,
            "missing required column(s) " + missing + "; the header has " + cursor.columnNames());
        return;
      }
      while (cursor.next() && !issues.errorLimitReached()) {
        rowsRead++;
        if (cursor.fieldCount() != cursor.columnCount()) {
          issues.error(
              file.path(),
              cursor.line(),
              "expected "
                  + cursor.columnCount()
                  + " fields as in the header but found "
                  + cursor.fieldCount()
                  + " (a stray comma or an unbalanced quote?)");
          continue;
        }
        dispatch(cursor, file, handler);
      }
    } catch (CsvFileException e) {
      issues.error(file.path(), e.line(), e.getMessage());
    } catch (IOException e) {
      issues.error(file.path(), 0, "cannot read the file: " + e);
    }
  }

  private void dispatch(CsvCursor cursor, EscoFileName file, EscoRecordHandler handler) {
    switch (file.kind()) {
      case OCCUPATION_SKILL_RELATIONS -> {
        OccupationSkillRelation relation = mapper.relation(cursor, file);
        if (relation != null) {
          handler.onOccupationSkillRelation(relation, file.path(), cursor.line());
        }
      }
      case BROADER_SKILL_RELATIONS, BROADER_OCCUPATION_RELATIONS -> {
        BroaderRelation relation = mapper.broader(cursor, file);
        if (relation != null) {
          handler.onBroaderRelation(relation, file.path(), cursor.line());
        }
      }
      default -> {
        EscoConceptRow row = mapper.concept(cursor, file);
        if (row != null) {
          handler.onConcept(row);
        }
      }
    }
  }
}
