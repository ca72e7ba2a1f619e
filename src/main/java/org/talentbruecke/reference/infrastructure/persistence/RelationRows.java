package org.talentbruecke.reference.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.ImportProgress;
import org.talentbruecke.reference.domain.BroaderRelation;
import org.talentbruecke.reference.domain.OccupationSkillRelation;

/**
 * Brings occupation–skill relations and hierarchy edges in line with an import, writing only the
 * differences: a re-run of the same files writes nothing here. For an occupation (or narrower
 * concept) that the files describe, edges the files no longer have are removed; concepts the
 * files do not mention keep theirs, so a partial upload cannot wipe relations.
 */
final class RelationRows {
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
    Set<String> described = new HashSet<>();
    Set<String> wanted = new HashSet<>();
    try (Batch insert =
            new Batch(connection, "INSERT INTO ESCO_OCCUPATION_SKILL (RELATION_TYPE, SKILL_TYPE,"
                + " OCCUPATION_URI, SKILL_URI) VALUES (?, ?, ?, ?)");
        Batch update =
            new Batch(connection, "UPDATE ESCO_OCCUPATION_SKILL SET RELATION_TYPE = ?,"
                + " SKILL_TYPE = ? WHERE OCCUPATION_URI = ? AND SKILL_URI = ?")) {
      for (OccupationSkillRelation r : data.occupationSkillRelations()) {
        String key = r.occupationUri() + " " + r.skillUri();
        described.add(r.occupationUri());
        wanted.add(key);
        String type = r.relationType().name();
        String before = stored.get(key);
        if (before == null) {
          insert.add(type, r.skillType(), r.occupationUri(), r.skillUri());
        } else if (!before.equals(type)) {
          update.add(type, r.skillType(), r.occupationUri(), r.skillUri());
        }
      }
      written += insert.total() + update.total();
    }
    try (Batch delete =
        new Batch(connection,
            "DELETE FROM ESCO_OCCUPATION_SKILL WHERE OCCUPATION_URI = ? AND SKILL_URI = ?")) {
      for (String key : stored.keySet()) {
        String occupation = key.substring(0, key.indexOf(' '));
        if (described.contains(occupation) && !wanted.contains(key)) {
          delete.add(occupation, key.substring(key.indexOf(' ') + 1));
        }
      }
      written += delete.total();
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
    Set<String> described = new HashSet<>();
    Set<String> wanted = new HashSet<>();
    try (Batch insert =
        new Batch(connection, "INSERT INTO ESCO_BROADER (CONCEPT_URI, BROADER_URI) VALUES (?, ?)")) {
      for (BroaderRelation r : data.broaderRelations()) {
        String key = r.conceptUri() + " " + r.broaderUri();
        described.add(r.conceptUri());
        if (wanted.add(key) && !stored.contains(key)) {
          insert.add(r.conceptUri(), r.broaderUri());
        }
      }
      written += insert.total();
    }
    try (Batch delete =
        new Batch(connection, "DELETE FROM ESCO_BROADER WHERE CONCEPT_URI = ? AND BROADER_URI = ?")) {
      for (String key : stored) {
        String concept = key.substring(0, key.indexOf(' '));
        if (described.contains(concept) && !wanted.contains(key)) {
          delete.add(concept, key.substring(key.indexOf(' ') + 1));
        }
      }
      written += delete.total();
    }
  }
}
