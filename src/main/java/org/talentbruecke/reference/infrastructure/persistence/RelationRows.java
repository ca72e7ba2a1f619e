package org.talentbruecke.reference.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.ImportProgress;
import org.talentbruecke.reference.domain.BroaderRelation;
import org.talentbruecke.reference.domain.OccupationSkillRelation;

/**
 * Adds occupation–skill relations and hierarchy edges that are new, and updates a relation whose
 * type changed; a re-run of the same files writes nothing here. Relations are never deleted: an
 * upload may hold only part of ESCO (a fixture, one sector), and a missing row there does not mean
 * ESCO dropped the relation.
 */
final class RelationRows {
  private static final Comparator<OccupationSkillRelation> BY_KEY =
      Comparator.comparing(OccupationSkillRelation::occupationUri)
          .thenComparing(OccupationSkillRelation::skillUri);

  private final Connection connection;
  private int written;

  RelationRows(Connection connection) {
    this.connection = connection;
  }

  void write(EscoDataSet data, ImportProgress progress) throws SQLException {
    writeOccupationSkills(data);
    progress.report(92, "hierarchy");
    writeBroader(data);
  }

  int written() {
    return written;
  }

  private void writeOccupationSkills(EscoDataSet data) throws SQLException {
    Map<String, String> stored = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT OCCUPATION_URI, SKILL_URI, RELATION_TYPE FROM ESCO_OCCUPATION_SKILL")) {
      while (rs.next()) {
        stored.put(rs.getString(1) + " " + rs.getString(2), rs.getString(3));
      }
    }
    // Keys in index order: the B-tree grows at its end instead of being split all over.
    List<OccupationSkillRelation> sorted = new ArrayList<>(data.occupationSkillRelations());
    sorted.sort(BY_KEY);
    try (Batch insert =
            new Batch(
                connection,
                "INSERT INTO ESCO_OCCUPATION_SKILL (RELATION_TYPE, SKILL_TYPE,"
                    + " OCCUPATION_URI, SKILL_URI) VALUES (?, ?, ?, ?)");
        Batch update =
            new Batch(
                connection,
                "UPDATE ESCO_OCCUPATION_SKILL SET RELATION_TYPE = ?,"
                    + " SKILL_TYPE = ? WHERE OCCUPATION_URI = ? AND SKILL_URI = ?")) {
      for (OccupationSkillRelation r : sorted) {
        String type = r.relationType().name();
        String before = stored.get(r.occupationUri() + " " + r.skillUri());
        if (before == null) {
          insert.add(type, r.skillType(), r.occupationUri(), r.skillUri());
        } else if (!before.equals(type)) {
          update.add(type, r.skillType(), r.occupationUri(), r.skillUri());
        }
      }
      written += insert.total() + update.total();
    }
  }

  private void writeBroader(EscoDataSet data) throws SQLException {
    Set<String> stored = new HashSet<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT CONCEPT_URI, BROADER_URI FROM ESCO_BROADER")) {
      while (rs.next()) {
        stored.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    List<BroaderRelation> sorted = new ArrayList<>(data.broaderRelations());
    sorted.sort(
        Comparator.comparing(BroaderRelation::conceptUri)
            .thenComparing(BroaderRelation::broaderUri));
    try (Batch insert =
        new Batch(
            connection, "INSERT INTO ESCO_BROADER (CONCEPT_URI, BROADER_URI) VALUES (?, ?)")) {
      for (BroaderRelation r : sorted) {
        if (stored.add(r.conceptUri() + " " + r.broaderUri())) {
          insert.add(r.conceptUri(), r.broaderUri());
        }
      }
      written += insert.total();
    }
  }
}
