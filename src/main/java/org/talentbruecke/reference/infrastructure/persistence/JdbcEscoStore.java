package org.talentbruecke.reference.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.application.EscoStore;
import org.talentbruecke.reference.application.ImportLogEntry;
import org.talentbruecke.reference.application.ImportProgress;
import org.talentbruecke.reference.application.OccupationSkills;
import org.talentbruecke.reference.application.ReferenceCounts;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.shared.infrastructure.DataSourceName;

/**
 * The ESCO tables, written with plain JDBC: an import writes 200,000 rows, which JPA would hold in
 * its persistence context for no benefit. Callers must not run in a JTA transaction; the import
 * commits its own connection once at the end.
 */
@ApplicationScoped
public class JdbcEscoStore implements EscoStore {
  private static final String INSERT_LOG =
      "INSERT INTO ESCO_IMPORT (STARTED_AT, FINISHED_AT, SOURCE, ESCO_VERSION, OUTCOME,"
          + " CONCEPTS_INSERTED, CONCEPTS_UPDATED, LABELS_WRITTEN, RELATIONS_WRITTEN, SKILLS,"
          + " OCCUPATIONS, WARNINGS, MESSAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = DataSourceName.JNDI)
  private DataSource dataSource;

  @Inject private Clock clock;

  @Override
  public EscoWriteCounts write(EscoDataSet data, ImportLogDraft log, ImportProgress progress) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Timestamp now = Timestamp.from(clock.instant());
        ConceptRows concepts = new ConceptRows(connection);
        concepts.write(data, log.escoVersion(), now, progress);
        progress.report(75, "relations");
        RelationRows relations = new RelationRows(connection);
        relations.write(data, progress);
        EscoWriteCounts counts =
            new EscoWriteCounts(
                concepts.inserted(), concepts.updated(), concepts.labels(), relations.written());
        insertLog(connection, log, ImportLogEntry.SUCCEEDED, counts, data, null);
        connection.commit();
        return counts;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the ESCO data failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void logFailure(ImportLogDraft log, String outcome, String message) {
    try (Connection connection = dataSource.getConnection()) {
      insertLog(connection, log, outcome, new EscoWriteCounts(0, 0, 0, 0), null, message);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not log the failed import: " + e.getMessage(), e);
    }
  }

  private void insertLog(
      Connection connection,
      ImportLogDraft log,
      String outcome,
      EscoWriteCounts counts,
      EscoDataSet data,
      String message)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(INSERT_LOG)) {
      s.setTimestamp(1, Timestamp.from(log.startedAt()));
      s.setTimestamp(2, Timestamp.from(clock.instant()));
      s.setString(3, cut(log.source(), 300));
      s.setString(4, cut(log.escoVersion(), 60));
      s.setString(5, outcome);
      s.setInt(6, counts.conceptsInserted());
      s.setInt(7, counts.conceptsUpdated());
      s.setInt(8, counts.labelsWritten());
      s.setInt(9, counts.relationsWritten());
      s.setInt(10, data == null ? 0 : data.counts().skills());
      s.setInt(11, data == null ? 0 : data.counts().occupations());
      s.setInt(12, data == null ? 0 : (int) data.counts().warnings());
      s.setString(13, message == null ? null : cut(message, 4000));
      s.executeUpdate();
    }
  }

  @Override
  public boolean isEmpty() {
    return queries(q -> q.isEmpty());
  }

  @Override
  public ReferenceCounts counts() {
    return queries(EscoQueries::counts);
  }

  @Override
  public List<ImportLogEntry> recentImports(int limit) {
    return queries(q -> q.recentImports(limit));
  }

  @Override
  public List<EscoConcept> searchable(Set<ConceptType> types, List<String> languages) {
    return queries(q -> q.searchable(types, languages));
  }

  @Override
  public Optional<OccupationSkills> occupationSkills(String occupationUri, String language) {
    return queries(q -> q.occupationSkills(occupationUri, language));
  }

  private <T> T queries(Query<T> query) {
    try (Connection connection = dataSource.getConnection()) {
      return query.run(new EscoQueries(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the ESCO data failed: " + e.getMessage(), e);
    }
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  /** A read on one connection. */
  @FunctionalInterface
  private interface Query<T> {
    T run(EscoQueries queries) throws SQLException;
  }
}
