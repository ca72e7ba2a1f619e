package org.talentbruecke.reference.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.ImportProgress;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;

/**
 * Inserts or updates concepts and their labels by URI. Existing keys are read first, so each row is
 * written with exactly one INSERT or UPDATE; nothing is deleted, because profiles point here.
 */
final class ConceptRows {
  // A value the new files leave empty keeps the stored one: a German-only upload has no skill type.
  private static final String UPDATE_CONCEPT =
      "UPDATE ESCO_CONCEPT SET CONCEPT_TYPE = ?,"
          + " CODE = COALESCE(CAST(? AS VARCHAR(40)), CODE),"
          + " ISCO_CODE = COALESCE(CAST(? AS VARCHAR(10)), ISCO_CODE),"
          + " SKILL_TYPE = COALESCE(CAST(? AS VARCHAR(40)), SKILL_TYPE),"
          + " REUSE_LEVEL = COALESCE(CAST(? AS VARCHAR(40)), REUSE_LEVEL),"
          + " STATUS = COALESCE(CAST(? AS VARCHAR(20)), STATUS),"
          + " MODIFIED_DATE = COALESCE(CAST(? AS VARCHAR(40)), MODIFIED_DATE),"
          + " REGULATED_NOTE = COALESCE(CAST(? AS VARCHAR(500)), REGULATED_NOTE),"
          + " ESCO_VERSION = ?, UPDATED_AT = ? WHERE URI = ?";
  private static final String INSERT_CONCEPT =
      "INSERT INTO ESCO_CONCEPT (CONCEPT_TYPE, CODE, ISCO_CODE, SKILL_TYPE, REUSE_LEVEL, STATUS,"
          + " MODIFIED_DATE, REGULATED_NOTE, ESCO_VERSION, UPDATED_AT, URI)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE_LABEL =
      "UPDATE ESCO_LABEL SET PREFERRED_LABEL = ?, ALT_LABELS = ?, HIDDEN_LABELS = ?,"
          + " DESCRIPTION = COALESCE(CAST(? AS VARCHAR(16000)), DESCRIPTION)"
          + " WHERE CONCEPT_URI = ? AND LANGUAGE = ?";
  private static final String INSERT_LABEL =
      "INSERT INTO ESCO_LABEL (PREFERRED_LABEL, ALT_LABELS, HIDDEN_LABELS, DESCRIPTION,"
          + " CONCEPT_URI, LANGUAGE) VALUES (?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private int inserted;
  private int updated;
  private int labels;

  ConceptRows(Connection connection) {
    this.connection = connection;
  }

  void write(EscoDataSet data, String version, Timestamp now, ImportProgress progress)
      throws SQLException {
    Set<String> known = keys("SELECT URI FROM ESCO_CONCEPT");
    try (Batch insert = new Batch(connection, INSERT_CONCEPT);
        Batch update = new Batch(connection, UPDATE_CONCEPT)) {
      for (EscoConcept c : sortedByUri(data)) {
        Object[] row = {
          c.type().name(),
          c.code(),
          iscoCode(c),
          c.skillType(),
          c.reuseLevel(),
          c.status(),
          c.modifiedDate(),
          c.regulatedProfessionNote(),
          version,
          now,
          c.uri()
        };
        (known.contains(c.uri()) ? update : insert).add(row);
      }
      inserted = insert.total();
      updated = update.total();
    }
    progress.report(60, "labels");
    Set<String> knownLabels = keys("SELECT CONCEPT_URI || ' ' || LANGUAGE FROM ESCO_LABEL");
    try (Batch insert = new Batch(connection, INSERT_LABEL);
        Batch update = new Batch(connection, UPDATE_LABEL)) {
      for (EscoConcept c : sortedByUri(data)) {
        for (Map.Entry<String, LocalizedLabels> e : c.labels().entrySet()) {
          LocalizedLabels l = e.getValue();
          Object[] row = {
            l.preferredLabel(),
            String.join("\n", l.altLabels()),
            String.join("\n", l.hiddenLabels()),
            l.description(),
            c.uri(),
            e.getKey()
          };
          (knownLabels.contains(c.uri() + " " + e.getKey()) ? update : insert).add(row);
        }
      }
      labels = insert.total() + update.total();
    }
  }

  int inserted() {
    return inserted;
  }

  int updated() {
    return updated;
  }

  int labels() {
    return labels;
  }

  /** The ISCO code of an occupation's unit group, or an ISCO group's own code. */
  static String iscoCode(EscoConcept c) {
    if (c.type() == ConceptType.OCCUPATION) {
      return c.iscoGroupCode();
    }
    return c.type() == ConceptType.ISCO_GROUP ? c.code() : "";
  }

  // Keys in index order: the B-tree grows at its end instead of being split all over.
  private static List<EscoConcept> sortedByUri(EscoDataSet data) {
    List<EscoConcept> sorted = new ArrayList<>(data.concepts());
    sorted.sort(Comparator.comparing(EscoConcept::uri));
    return sorted;
  }

  private Set<String> keys(String sql) throws SQLException {
    Set<String> keys = new HashSet<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    return keys;
  }
}
