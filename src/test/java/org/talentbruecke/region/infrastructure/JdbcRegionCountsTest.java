package org.talentbruecke.region.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbruecke.region.application.CountTable;
import org.talentbruecke.region.application.RegionCounts;
import org.talentbruecke.region.domain.GermanLevels;

/**
 * The dashboard's SQL on real Derby with the project's migrations: generated people and openings,
 * each aggregate checked against a plain count of the same rows, plus hand-made rows for the German
 * rules (lowest sub-skill, mother tongue, highest requirement).
 */
class JdbcRegionCountsTest {
  private static final int PEOPLE = 400;
  private static final int OPENINGS = 200;
  private static EmbeddedDataSource db;
  private static JdbcRegionCounts counts;
  private static final LocalDate TODAY = LocalDate.now();

  @BeforeAll
  static void fill() throws SQLException {
    db = RegionData.freshDatabase("region-test");
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      RegionData data = new RegionData(c, 50);
      data.vocabulary();
      data.organisations();
      data.people(1, PEOPLE);
      data.openings(1, OPENINGS, PEOPLE);
      handMade(c);
    }
    counts = new JdbcRegionCounts(db);
  }

  /** People 10001.. and opening 10001 with German exactly as the tests below expect. */
  private static void handMade(Connection c) throws SQLException {
    RegionData data = new RegionData(c, 1);
    data.people(10_001, 3);
    try (Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM PROFILE_LANGUAGE WHERE PROFILE_ID > 10000");
      st.executeUpdate(
          "UPDATE PROFILE SET HOME_AGS = '03241999', VISIBILITY = 'STAFF_ONLY' WHERE ID > 10000");
      st.executeUpdate(
          "INSERT INTO PROFILE_LANGUAGE VALUES (10001, 0, 'de', FALSE, 'B2', 'B1', 'C1', 'B2', 'B2')");
      st.executeUpdate(
          "INSERT INTO PROFILE_LANGUAGE VALUES (10002, 0, 'de', TRUE, NULL, NULL, NULL, NULL, NULL)");
      st.executeUpdate(
          "INSERT INTO PROFILE_LANGUAGE VALUES (10003, 0, 'de', FALSE, 'B2', NULL, 'B2', 'B2', 'B2')");
    }
    data.openings(10_001, 1, PEOPLE);
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE OPENING SET MUNICIPALITY = '03241999', STATUS = 'PUBLISHED', CLOSED_AT = NULL,"
              + " GERMAN_LISTENING = 'B1', GERMAN_READING = NULL, GERMAN_SPOKEN_INTERACTION = 'B2',"
              + " GERMAN_SPOKEN_PRODUCTION = 'A2', GERMAN_WRITING = NULL WHERE ID = 10001");
    }
    c.commit();
  }

  private static long count(String sql, Object... parameters) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        st.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long total(CountTable t) {
    return t.rows().stream().mapToLong(t::sum).sum();
  }

  @Test
  void headCountIsEveryProfileThatIsNotHidden() throws SQLException {
    RegionCounts.Raw raw = counts.read(TODAY, TODAY, null, TODAY.minusMonths(6));
    assertThat(raw.people().sum("all"))
        .isEqualTo(count("SELECT COUNT(*) FROM PROFILE WHERE VISIBILITY <> 'HIDDEN'"))
        .isLessThan(PEOPLE + 3)
        .isGreaterThan(PEOPLE / 2);
  }

  @Test
  void germanLevelsDivideThePeopleInEveryMunicipality() {
    RegionCounts.Raw raw = counts.read(TODAY, TODAY, null, TODAY.minusMonths(6));
    assertThat(raw.peopleByGermanLevel().rows()).isSubsetOf(GermanLevels.ORDER);
    for (String m : raw.people().municipalities()) {
      long levels =
          GermanLevels.ORDER.stream().mapToLong(l -> raw.peopleByGermanLevel().get(l, m)).sum();
      assertThat(levels).as(m).isEqualTo(raw.people().get("all", m));
    }
  }

  @Test
  void germanIsTheLowestSubSkillAMotherTongueIsC2AndAGapIsNone() {
    RegionCounts.Raw raw = counts.read(TODAY, TODAY, null, TODAY.minusMonths(6));
    assertThat(raw.peopleByGermanLevel().get("B1", "03241999")).isEqualTo(1);
    assertThat(raw.peopleByGermanLevel().get("C2", "03241999")).isEqualTo(1);
    assertThat(raw.peopleByGermanLevel().get(GermanLevels.NONE, "03241999")).isEqualTo(1);
    assertThat(raw.openingsByGermanLevel().get("B2", "03241999")).isEqualTo(1);
  }

  @Test
  void anIscoMajorGroupKeepsOnlyPeopleAndOpeningsInIt() throws SQLException {
    RegionCounts.Raw all = counts.read(TODAY, TODAY, null, TODAY.minusMonths(6));
    RegionCounts.Raw two = counts.read(TODAY, TODAY, 2, TODAY.minusMonths(6));
    long expected =
        count(
            "SELECT COUNT(*) FROM PROFILE p WHERE p.VISIBILITY <> 'HIDDEN' AND EXISTS (SELECT 1"
                + " FROM PROFILE_OCCUPATION o JOIN ESCO_CONCEPT e ON e.URI = o.ESCO_URI"
                + " WHERE o.PROFILE_ID = p.ID AND e.ISCO_CODE LIKE '2%')");
    assertThat(two.people().sum("all"))
        .isEqualTo(expected)
        .isPositive()
        .isLessThan(all.people().sum("all"));
    assertThat(two.peopleByOccupationGroup().rows()).anyMatch(g -> g.startsWith("2"));
    assertThat(two.openings().sum("openings"))
        .isPositive()
        .isLessThan(all.openings().sum("openings"));
    assertThat(two.positionsByOccupationGroup().rows()).allMatch(g -> g.startsWith("2"));
  }

  @Test
  void openingsAreThoseOpenAtSomeTimeInThePeriod() throws SQLException {
    RegionCounts.Raw today = counts.read(TODAY, TODAY, null, TODAY.minusMonths(6));
    long open =
        count(
            "SELECT COUNT(*) FROM OPENING WHERE PUBLISHED_AT IS NOT NULL AND CLOSED_AT IS NULL"
                + " AND EXPIRES_AT >= CURRENT_TIMESTAMP");
    assertThat(today.openings().sum("openings")).isEqualTo(open);
    assertThat(today.openings().sum("positions"))
        .isEqualTo(
            count(
                "SELECT SUM(POSITIONS) FROM OPENING WHERE PUBLISHED_AT IS NOT NULL AND CLOSED_AT"
                    + " IS NULL AND EXPIRES_AT >= CURRENT_TIMESTAMP"));
    RegionCounts.Raw lastWeek = counts.read(TODAY.minusDays(7), TODAY, null, TODAY.minusMonths(6));
    assertThat(lastWeek.openings().sum("openings"))
        .as("the closed ones were open last week")
        .isEqualTo(count("SELECT COUNT(*) FROM OPENING WHERE PUBLISHED_AT IS NOT NULL"));
    RegionCounts.Raw longAgo =
        counts.read(TODAY.minusYears(3), TODAY.minusYears(2), null, TODAY.minusMonths(6));
    assertThat(longAgo.openings().sum("openings")).isZero();
    assertThat(total(longAgo.casesByStage())).isZero();
  }

  @Test
  void everyOtherTableAddsUpToItsPlainCount() throws SQLException {
    LocalDate cutOff = TODAY.minusMonths(6);
    RegionCounts.Raw raw = counts.read(TODAY.minusDays(7), TODAY, null, cutOff);
    assertThat(total(raw.peopleByLanguage()))
        .isEqualTo(
            count(
                "SELECT COUNT(*) FROM (SELECT DISTINCT p.ID, l.LANGUAGE_CODE FROM PROFILE p JOIN"
                    + " PROFILE_LANGUAGE l ON l.PROFILE_ID = p.ID WHERE p.VISIBILITY <> 'HIDDEN') x"));
    assertThat(total(raw.peopleBySkill()))
        .isEqualTo(
            count(
                "SELECT COUNT(*) FROM (SELECT DISTINCT p.ID, k.ESCO_URI FROM PROFILE p JOIN"
                    + " PROFILE_SKILL k ON k.PROFILE_ID = p.ID WHERE p.VISIBILITY <> 'HIDDEN') x"));
    assertThat(total(raw.peopleByRecognition())).isPositive();
    assertThat(total(raw.peopleStalled()))
        .isEqualTo(
            count(
                "SELECT COUNT(*) FROM (SELECT DISTINCT p.ID, q.REFERENCE_OCCUPATION_URI FROM"
                    + " PROFILE p JOIN PROFILE_QUALIFICATION q ON q.PROFILE_ID = p.ID WHERE"
                    + " p.VISIBILITY <> 'HIDDEN' AND q.RECOGNITION_STATUS = 'APPLIED' AND"
                    + " q.APPLIED_ON < ?) x",
                java.sql.Date.valueOf(cutOff)))
        .isPositive();
    assertThat(total(raw.casesByStage())).isEqualTo(count("SELECT COUNT(*) FROM CANDIDATE_STAGE"));
    assertThat(total(raw.openingsBySkill())).isPositive();
    assertThat(total(raw.openingsByLanguage()))
        .isEqualTo(count("SELECT COUNT(DISTINCT OPENING_ID) FROM OPENING_LANGUAGE"));
    assertThat(total(raw.organisationsByCustomerLanguage())).isEqualTo(42);
  }
}
