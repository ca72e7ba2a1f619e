package org.talentbruecke.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.ShippedCatalogs;

/**
 * Generated seekers written in chunks into a real (embedded Derby) database with the real schema.
 */
class DemoSeekerWriterTest {
  private static long single(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void writesEveryRowOnceAndContinuesWhereItStopped() throws Exception {
    String url = DerbyForTests.create("writer");
    DemoSeekerGenerator generator =
        new DemoSeekerGenerator(
            7,
            ShippedEsco.occupationPool(),
            DemoSeekers.municipalities(ShippedCatalogs.municipalities()),
            LocalDate.of(2026, 11, 25));
    try (Connection c = DerbyForTests.connect(url)) {
      c.setAutoCommit(false);
      DemoSeekerWriter writer =
          new DemoSeekerWriter(c, "not-a-usable-hash", Timestamp.from(Instant.now()));
      DemoSeekers.writeAll(generator, writer, 0, 600);
      // A second run asked for more only adds the missing people.
      DemoSeekers.writeAll(generator, writer, DemoSeekerWriter.countExisting(c), 700);

      assertThat(DemoSeekerWriter.countExisting(c)).isEqualTo(700);
      assertThat(single(c, "SELECT COUNT(*) FROM PROFILE")).isEqualTo(700);
      assertThat(single(c, "SELECT COUNT(DISTINCT ACCOUNT_ID) FROM PROFILE")).isEqualTo(700);
      assertThat(single(c, "SELECT COUNT(*) FROM PROFILE_QUALIFICATION")).isEqualTo(700);
      assertThat(single(c, "SELECT COUNT(*) FROM PROFILE_OCCUPATION WHERE PREFERRED"))
          .isEqualTo(700);
      assertThat(single(c, "SELECT COUNT(*) FROM PROFILE_LANGUAGE WHERE LANGUAGE_CODE = 'de'"))
          .isEqualTo(700);
      assertThat(single(c, "SELECT COUNT(DISTINCT HOME_AGS) FROM PROFILE")).isEqualTo(21);
      assertThat(single(c, "SELECT COUNT(DISTINCT RECOGNITION_STATUS) FROM PROFILE_QUALIFICATION"))
          .isEqualTo(5);
      assertThat(single(c, "SELECT COUNT(*) FROM ACCOUNT WHERE ROLE <> 'JOB_SEEKER'")).isZero();
      // The next block EclipseLink would take from the sequence lies above every id written here.
      long next = single(c, "VALUES NEXT VALUE FOR ACCOUNT_SEQ");
      assertThat(next - DemoSeekerWriter.ID_BLOCK + 1)
          .isGreaterThan(single(c, "SELECT MAX(ID) FROM ACCOUNT"));
      assertThat(single(c, "SELECT MIN(ID) FROM ACCOUNT")).isPositive();
      c.rollback();
    }
  }
}
