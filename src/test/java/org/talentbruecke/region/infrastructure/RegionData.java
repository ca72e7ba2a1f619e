package org.talentbruecke.region.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.talentbruecke.reference.ShippedCatalogs;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * Generated job seekers and openings written straight into the project's schema (all Flyway
 * migrations) with JDBC batches, for the dashboard's SQL: the test on a few hundred people and the
 * measurement on 100,000 profiles and 20,000 openings. Deterministic from the seed. Synthetic ESCO
 * occupations (400, in ISCO unit groups spread over all major groups) and skills (3,000); the shape
 * follows the demo job seekers (1-2 desired occupations, 4-10 skills, 2-3 languages, German for
 * most, 0-2 qualifications in every recognition state).
 */
final class RegionData {
  static final String OCCUPATION = "urn:test:occupation:";
  static final String SKILL = "urn:test:skill:";
  static final int OCCUPATIONS = 400;
  static final int SKILLS = 3000;
  private static final String[] LANGUAGES = {
    "ar", "uk", "tr", "en", "fa", "ru", "pl", "ro", "fr", "es", "ku", "ti", "so", "vi", "it"
  };
  private static final String[] LEVELS = {"A1", "A2", "B1", "B2", "C1", "C2"};
  private static final String[] STATES = {
    "NOT_STARTED", "APPLIED", "FULL_EQUIVALENCE", "PARTIAL_EQUIVALENCE", "NOT_EQUIVALENT"
  };
  private static final String[] STAGES = {"SUGGESTED", "CONTACTED", "INTERVIEWED", "HIRED"};

  private final Connection c;
  private final Random random;
  private final List<String> municipalities;
  private final Timestamp now = Timestamp.from(Instant.now());

  RegionData(Connection c, long seed) {
    this.c = c;
    this.random = new Random(seed);
    this.municipalities =
        ShippedCatalogs.municipalities().all().stream().map(Municipality::ags).toList();
  }

  /** A fresh in-memory Derby database with every migration applied. */
  static EmbeddedDataSource freshDatabase(String name) {
    EmbeddedDataSource ds = new EmbeddedDataSource();
    ds.setDatabaseName("memory:" + name + "-" + System.nanoTime());
    ds.setCreateDatabase("create");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return ds;
  }

  static String municipalityOf(int index) {
    return ShippedCatalogs.municipalities().all().get(index).ags();
  }

  /** The 4-digit ISCO unit group of a synthetic occupation: every major group 0..9 occurs. */
  static String iscoOf(int occupation) {
    int major = occupation % 10;
    return major + String.valueOf(1 + occupation / 10 % 4) + (occupation / 40 % 9 + 1) + "1";
  }

  void vocabulary() throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO ESCO_CONCEPT (URI, CONCEPT_TYPE, ISCO_CODE, ESCO_VERSION, UPDATED_AT)"
                + " VALUES (?, ?, ?, 'test', ?)")) {
      for (int i = 0; i < OCCUPATIONS; i++) {
        st.setString(1, OCCUPATION + i);
        st.setString(2, "OCCUPATION");
        st.setString(3, iscoOf(i));
        st.setTimestamp(4, now);
        st.addBatch();
      }
      for (int i = 0; i < SKILLS; i++) {
        st.setString(1, SKILL + i);
        st.setString(2, "SKILL");
        st.setString(3, null);
        st.setTimestamp(4, now);
        st.addBatch();
      }
      st.executeBatch();
    }
    c.commit();
  }

  /** One organisation per municipality with two customer languages. */
  void organisations() throws SQLException {
    try (PreparedStatement org =
            c.prepareStatement(
                "INSERT INTO ORGANISATION (ID, NAME, VERIFICATION, CREATED_AT, VERSION,"
                    + " MUNICIPALITY) VALUES (?, ?, 'VERIFIED', ?, 1, ?)");
        PreparedStatement lang =
            c.prepareStatement(
                "INSERT INTO ORGANISATION_LANGUAGE (ORGANISATION_ID, LANGUAGE_CODE) VALUES (?, ?)")) {
      for (int i = 0; i < municipalities.size(); i++) {
        org.setLong(1, i + 1);
        org.setString(2, "Test organisation " + i);
        org.setTimestamp(3, now);
        org.setString(4, municipalities.get(i));
        org.addBatch();
        for (int k = 0; k < 2; k++) {
          lang.setLong(1, i + 1);
          lang.setString(2, LANGUAGES[(i + k * 5) % LANGUAGES.length]);
          lang.addBatch();
        }
      }
      org.executeBatch();
      lang.executeBatch();
    }
    c.commit();
  }

  /** Job seekers with ids {@code first}..{@code first+count-1} (accounts and profiles). */
  void people(long first, int count) throws SQLException {
    People s = new People(c);
    for (long id = first; id < first + count; id++) {
      person(s, id);
      if ((id - first) % 500 == 499) {
        s.execute();
        c.commit();
      }
    }
    s.execute();
    c.commit();
  }

  private void person(People s, long id) throws SQLException {
    s.account.setLong(1, id);
    s.account.setString(2, "p" + id + "@region.test");
    s.account.setTimestamp(3, now);
    s.account.addBatch();
    s.profile.setLong(1, id);
    s.profile.setLong(2, id);
    s.profile.setString(3, random.nextInt(10) == 0 ? "HIDDEN" : "ANONYMOUS_TO_VERIFIED_EMPLOYERS");
    s.profile.setString(4, municipalities.get(random.nextInt(municipalities.size())));
    s.profile.setTimestamp(5, now);
    s.profile.addBatch();
    int occupations = 1 + random.nextInt(2);
    for (int i = 0; i < occupations; i++) {
      s.occupation.setLong(1, id);
      s.occupation.setInt(2, i);
      s.occupation.setString(3, OCCUPATION + random.nextInt(OCCUPATIONS));
      s.occupation.addBatch();
    }
    int skills = 4 + random.nextInt(7);
    for (int i = 0; i < skills; i++) {
      s.skill.setLong(1, id);
      s.skill.setInt(2, i);
      s.skill.setString(3, SKILL + skewed(SKILLS));
      s.skill.addBatch();
    }
    int index = 0;
    if (random.nextInt(10) < 9) {
      language(s, id, index++, "de", random.nextInt(20) == 0);
    }
    int others = 1 + random.nextInt(2);
    int start = random.nextInt(LANGUAGES.length);
    for (int i = 0; i < others; i++) {
      language(s, id, index++, LANGUAGES[(start + i) % LANGUAGES.length], i == 0);
    }
    int qualifications = random.nextInt(3);
    for (int i = 0; i < qualifications; i++) {
      String state = STATES[random.nextInt(STATES.length)];
      s.qualification.setLong(1, id);
      s.qualification.setInt(2, i);
      s.qualification.setString(3, state);
      s.qualification.setDate(
          4,
          "NOT_STARTED".equals(state)
              ? null
              : Date.valueOf(LocalDate.now().minusDays(30 + random.nextInt(600))));
      s.qualification.setString(5, OCCUPATION + random.nextInt(OCCUPATIONS));
      s.qualification.addBatch();
    }
  }

  private void language(People s, long id, int index, String code, boolean mother)
      throws SQLException {
    s.language.setLong(1, id);
    s.language.setInt(2, index);
    s.language.setString(3, code);
    s.language.setBoolean(4, mother);
    int base = random.nextInt(LEVELS.length);
    for (int k = 0; k < 5; k++) {
      String level = mother ? null : LEVELS[Math.max(0, Math.min(5, base + random.nextInt(3) - 1))];
      s.language.setString(5 + k, level);
    }
    s.language.addBatch();
  }

  /**
   * Openings with ids {@code first}..; most published and open today, some closed or expired; 1-6
   * skills, German requirements, sometimes another language, and pipeline stages.
   */
  void openings(long first, int count, long people) throws SQLException {
    Openings s = new Openings(c);
    Instant today = Instant.now();
    for (long id = first; id < first + count; id++) {
      int org = 1 + random.nextInt(municipalities.size());
      s.opening.setLong(1, id);
      s.opening.setLong(2, org);
      s.opening.setString(3, "Opening " + id);
      s.opening.setTimestamp(4, now);
      s.opening.setTimestamp(
          5, Timestamp.from(today.minus(1 + random.nextInt(120), ChronoUnit.DAYS)));
      boolean closed = random.nextInt(10) == 0;
      s.opening.setString(6, closed ? "CLOSED" : "PUBLISHED");
      s.opening.setTimestamp(7, closed ? Timestamp.from(today.minus(2, ChronoUnit.DAYS)) : null);
      s.opening.setTimestamp(
          8, Timestamp.from(today.plus(10 + random.nextInt(60), ChronoUnit.DAYS)));
      s.opening.setString(9, municipalities.get(random.nextInt(municipalities.size())));
      s.opening.setInt(10, 1 + random.nextInt(3));
      s.opening.setString(11, OCCUPATION + random.nextInt(OCCUPATIONS));
      int level = random.nextInt(LEVELS.length + 1) - 1;
      for (int k = 0; k < 5; k++) {
        s.opening.setString(
            12 + k,
            level < 0 || random.nextInt(3) == 0
                ? null
                : LEVELS[Math.min(5, level + random.nextInt(2))]);
      }
      s.opening.addBatch();
      int skills = 1 + random.nextInt(6);
      for (int i = 0; i < skills; i++) {
        s.skill.setLong(1, id);
        s.skill.setString(2, SKILL + skewed(SKILLS));
        s.skill.setBoolean(3, i < 2);
        s.skill.addBatch();
      }
      if (random.nextInt(4) == 0) {
        s.language.setLong(1, id);
        s.language.setString(2, LANGUAGES[random.nextInt(LANGUAGES.length)]);
        s.language.setString(3, "B1");
        s.language.addBatch();
      }
      int cases = random.nextInt(4);
      for (int i = 0; i < cases; i++) {
        s.stage.setLong(1, id);
        s.stage.setLong(2, 1 + (id * 7 + i * 13) % people);
        s.stage.setString(3, STAGES[Math.min(3, random.nextInt(5))]);
        s.stage.setTimestamp(4, now);
        s.stage.addBatch();
      }
      if ((id - first) % 500 == 499) {
        s.execute();
        c.commit();
      }
    }
    s.execute();
    c.commit();
  }

  /** Few values are common, many rare, as with real skills. */
  private int skewed(int n) {
    double u = random.nextDouble();
    return (int) (n * u * u * u);
  }

  private static final class People {
    final PreparedStatement account;
    final PreparedStatement profile;
    final PreparedStatement occupation;
    final PreparedStatement skill;
    final PreparedStatement language;
    final PreparedStatement qualification;

    People(Connection c) throws SQLException {
      account =
          c.prepareStatement(
              "INSERT INTO ACCOUNT (ID, EMAIL, DISPLAY_NAME, PASSWORD_HASH, ROLE,"
                  + " PREFERRED_LANGUAGE, SESSION_EPOCH, CREATED_AT, PRIVACY_ACCEPTED_AT, VERSION)"
                  + " VALUES (?, ?, 'Test', 'x', 'JOB_SEEKER', 'de', 0, ?, NULL, 1)");
      profile =
          c.prepareStatement(
              "INSERT INTO PROFILE (ID, ACCOUNT_ID, VISIBILITY, HOME_AGS, PUBLIC_TRANSPORT_ONLY,"
                  + " UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, FALSE, ?, 1)");
      occupation =
          c.prepareStatement(
              "INSERT INTO PROFILE_OCCUPATION (PROFILE_ID, LIST_INDEX, ESCO_URI, PREFERRED)"
                  + " VALUES (?, ?, ?, FALSE)");
      skill =
          c.prepareStatement(
              "INSERT INTO PROFILE_SKILL (PROFILE_ID, LIST_INDEX, ESCO_URI, SKILL_LEVEL,"
                  + " USED_IN_GERMANY) VALUES (?, ?, ?, 'EXPERIENCED', FALSE)");
      language =
          c.prepareStatement(
              "INSERT INTO PROFILE_LANGUAGE (PROFILE_ID, LIST_INDEX, LANGUAGE_CODE, MOTHER_TONGUE,"
                  + " LISTENING, READING, SPOKEN_INTERACTION, SPOKEN_PRODUCTION, WRITING)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      qualification =
          c.prepareStatement(
              "INSERT INTO PROFILE_QUALIFICATION (PROFILE_ID, LIST_INDEX, QUALIFICATION_TYPE,"
                  + " TITLE, COUNTRY, RECOGNITION_STATUS, APPLIED_ON, REFERENCE_OCCUPATION_URI)"
                  + " VALUES (?, ?, 'VOCATIONAL', 'Test', 'SY', ?, ?, ?)");
    }

    void execute() throws SQLException {
      for (PreparedStatement st :
          List.of(account, profile, occupation, skill, language, qualification)) {
        st.executeBatch();
      }
    }
  }

  private static final class Openings {
    final PreparedStatement opening;
    final PreparedStatement skill;
    final PreparedStatement language;
    final PreparedStatement stage;

    Openings(Connection c) throws SQLException {
      opening =
          c.prepareStatement(
              "INSERT INTO OPENING (ID, ORGANISATION_ID, TITLE, CREATED_AT, PUBLISHED_AT, STATUS,"
                  + " CLOSED_AT, EXPIRES_AT, MUNICIPALITY, POSITIONS, OCCUPATION_URI,"
                  + " GERMAN_LISTENING, GERMAN_READING, GERMAN_SPOKEN_INTERACTION,"
                  + " GERMAN_SPOKEN_PRODUCTION, GERMAN_WRITING, VERSION)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
      skill =
          c.prepareStatement(
              "INSERT INTO OPENING_SKILL (OPENING_ID, SKILL_URI, MUST_HAVE) VALUES (?, ?, ?)");
      language =
          c.prepareStatement(
              "INSERT INTO OPENING_LANGUAGE (OPENING_ID, LANGUAGE_CODE, CEFR_LEVEL)"
                  + " VALUES (?, ?, ?)");
      stage =
          c.prepareStatement(
              "INSERT INTO CANDIDATE_STAGE (OPENING_ID, PROFILE_ID, STAGE, CHANGED_AT)"
                  + " VALUES (?, ?, ?, ?)");
    }

    void execute() throws SQLException {
      for (PreparedStatement st : List.of(opening, skill, language, stage)) {
        st.executeBatch();
      }
    }
  }
}
