package org.talentbruecke.reference.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** A prepared statement sent to the database in batches, so 100,000 rows take few round trips. */
final class Batch implements AutoCloseable {
  private static final int SIZE = 1000;

  private final PreparedStatement statement;
  private int pending;
  private int total;

  Batch(Connection connection, String sql) throws SQLException {
    this.statement = connection.prepareStatement(sql);
  }

  /** Adds one row; empty strings are stored as NULL, because ESCO writes "no value" as empty. */
  void add(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null || "".equals(value)) {
        statement.setNull(i + 1, Types.VARCHAR);
      } else {
        statement.setObject(i + 1, value);
      }
    }
    statement.addBatch();
    total++;
    if (++pending == SIZE) {
      flush();
    }
  }

  void flush() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }

  int total() {
    return total;
  }

  @Override
  public void close() throws SQLException {
    try {
      flush();
    } finally {
      statement.close();
    }
  }
}
