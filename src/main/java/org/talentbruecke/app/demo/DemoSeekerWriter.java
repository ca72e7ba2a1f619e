package org.talentbruecke.app.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentbruecke.profile.application.ProfileData;

/**
 * Writes generated job seekers with plain JDBC batches, one transaction per chunk: 100,000 profiles
 * are about 1.7 million rows, which JPA would hold in its persistence context and check one by one
 * for no benefit. The rows are exactly those the JPA mapping of {@code Account} and {@code Profile}
 * writes; ids come from the same sequences, in blocks of 50 as EclipseLink allocates them (a
 * sequence value v stands for the ids v-49…v), so both can be used side by side.
 */
final class DemoSeekerWriter {
  static final int ID_BLOCK = 50;

  private final Connection connection;
  private final String passwordHash;
  private final Timestamp now;
  private final boolean postgres;
  private final Statements s;

  /**
   * @param passwordHash stored for every generated account (see DemoSeekers for why)
   */
  DemoSeekerWriter(Connection connection, String passwordHash, Timestamp now) throws SQLException {
    this.connection = connection;
    this.passwordHash = passwordHash;
    this.now = now;
    this.postgres =
        connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    this.s = new Statements(connection);
  }

  /** How many generated seekers are already stored; they are always the indexes 0…n-1. */
  static int countExisting(Connection connection) throws SQLException {
    try (PreparedStatement count =
        connection.prepareStatement("SELECT COUNT(*) FROM ACCOUNT WHERE EMAIL LIKE ?")) {
      count.setString(1, "%@" + DemoSeekerGenerator.EMAIL_DOMAIN);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Writes one chunk (at most a few hundred seekers) and commits it. */
  void write(List<DemoSeeker> chunk) throws SQLException {
    List<Long> accountIds = ids("ACCOUNT_SEQ", chunk.size());
    List<Long> profileIds = ids("PROFILE_SEQ", chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      add(chunk.get(i), accountIds.get(i), profileIds.get(i));
    }
    s.executeAll();
    connection.commit();
  }

  private List<Long> ids(String sequence, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    String sql =
        postgres
            ? "SELECT nextval('" + sequence.toLowerCase() + "')"
            : "VALUES NEXT VALUE FOR " + sequence;
    try (Statement statement = connection.createStatement()) {
      while (ids.size() < count) {
        try (ResultSet rs = statement.executeQuery(sql)) {
          rs.next();
          long last = rs.getLong(1);
          for (long id = last - ID_BLOCK + 1; id <= last && ids.size() < count; id++) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }

  private void add(DemoSeeker seeker, long accountId, long profileId) throws SQLException {
    PreparedStatement a = s.account;
    a.setLong(1, accountId);
    a.setString(2, seeker.email());
    a.setString(3, seeker.displayName());
    a.setString(4, passwordHash);
    a.setString(5, seeker.preferredLanguage());
    a.setTimestamp(6, now);
    a.setTimestamp(7, now);
    a.addBatch();

    ProfileData p = seeker.profile();
    ProfileData.AvailabilityEntry av = p.availability();
    PreparedStatement r = s.profile;
    r.setLong(1, profileId);
    r.setLong(2, accountId);
    r.setString(3, p.visibility());
    r.setString(4, p.about());
    r.setDate(5, Date.valueOf(LocalDate.parse(av.from())));
    r.setString(6, joinSorted(av.hours()));
    r.setString(7, av.municipality());
    setInt(r, 8, av.maxCommuteMinutes());
    setInt(r, 9, av.maxCommuteKm());
    r.setBoolean(10, av.publicTransportOnly());
    r.setString(11, joinSorted(av.drivingLicences()));
    r.setString(12, av.workPermit());
    r.setTimestamp(13, now);
    r.addBatch();

    for (int i = 0; i < p.occupations().size(); i++) {
      ProfileData.Occupation o = p.occupations().get(i);
      s.occupation.setLong(1, profileId);
      s.occupation.setInt(2, i);
      s.occupation.setString(3, o.escoUri());
      s.occupation.setBoolean(4, o.preferred());
      s.occupation.addBatch();
    }
    for (int i = 0; i < p.skills().size(); i++) {
      ProfileData.Skill k = p.skills().get(i);
      s.skill.setLong(1, profileId);
      s.skill.setInt(2, i);
      s.skill.setString(3, k.escoUri());
      s.skill.setString(4, k.description());
      s.skill.setString(5, k.level());
      s.skill.setBoolean(6, k.usedInGermany());
      s.skill.addBatch();
    }
    for (int i = 0; i < p.workHistory().size(); i++) {
      ProfileData.Work w = p.workHistory().get(i);
      s.work.setLong(1, profileId);
      s.work.setInt(2, i);
      s.work.setString(3, w.employerType());
      s.work.setString(4, w.occupationUri());
      s.work.setString(5, w.title());
      s.work.setString(6, w.country());
      s.work.setString(7, w.from());
      s.work.setString(8, w.to());
      s.work.setString(9, w.tasks());
      s.work.addBatch();
    }
    int certificate = 0;
    for (int i = 0; i < p.languages().size(); i++) {
      ProfileData.Language l = p.languages().get(i);
      s.language.setLong(1, profileId);
      s.language.setInt(2, i);
      s.language.setString(3, l.code());
      s.language.setBoolean(4, l.motherTongue());
      Map<String, String> levels = l.levels();
      s.language.setString(5, levels.get("LISTENING"));
      s.language.setString(6, levels.get("READING"));
      s.language.setString(7, levels.get("SPOKEN_INTERACTION"));
      s.language.setString(8, levels.get("SPOKEN_PRODUCTION"));
      s.language.setString(9, levels.get("WRITING"));
      s.language.addBatch();
      for (ProfileData.Certificate c : l.certificates()) {
        s.certificate.setLong(1, profileId);
        s.certificate.setInt(2, certificate++);
        s.certificate.setString(3, l.code());
        s.certificate.setString(4, c.name());
        s.certificate.setDate(5, c.date() == null ? null : Date.valueOf(LocalDate.parse(c.date())));
        s.certificate.addBatch();
      }
    }
    for (int i = 0; i < p.germanCourses().size(); i++) {
      ProfileData.Course c = p.germanCourses().get(i);
      s.course.setLong(1, profileId);
      s.course.setInt(2, i);
      s.course.setString(3, c.type());
      s.course.setString(4, c.level());
      s.course.setString(5, c.status());
      s.course.addBatch();
    }
    for (int i = 0; i < p.qualifications().size(); i++) {
      ProfileData.QualificationEntry q = p.qualifications().get(i);
      ProfileData.RecognitionEntry rec = q.recognition();
      PreparedStatement x = s.qualification;
      x.setLong(1, profileId);
      x.setInt(2, i);
      x.setString(3, q.type());
      x.setString(4, q.title());
      x.setString(5, q.country());
      x.setString(6, q.institution());
      setInt(x, 7, q.year());
      setInt(x, 8, q.eqfLevel());
      x.setString(9, rec.status());
      x.setDate(
          10, rec.appliedOn() == null ? null : Date.valueOf(LocalDate.parse(rec.appliedOn())));
      x.setString(11, rec.body());
      x.setString(12, rec.differences());
      x.setString(13, rec.measure());
      x.setString(14, rec.measureStatus());
      x.setString(15, rec.referenceOccupationUri());
      x.setString(16, q.anabin());
      x.addBatch();
    }
  }

  private static void setInt(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  /** As {@code Availability} stores sets: names sorted, comma-separated, null when empty. */
  private static String joinSorted(List<String> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream().sorted().collect(Collectors.joining(","));
  }

  /** The prepared inserts, executed table by table in foreign-key order. */
  private static final class Statements {
    final PreparedStatement account;
    final PreparedStatement profile;
    final PreparedStatement occupation;
    final PreparedStatement skill;
    final PreparedStatement work;
    final PreparedStatement language;
    final PreparedStatement certificate;
    final PreparedStatement course;
    final PreparedStatement qualification;
    private final List<PreparedStatement> inOrder;

    Statements(Connection c) throws SQLException {
      account =
          c.prepareStatement(
              "INSERT INTO ACCOUNT (ID, EMAIL, DISPLAY_NAME, PASSWORD_HASH, ROLE,"
                  + " PREFERRED_LANGUAGE, SESSION_EPOCH, CREATED_AT, PRIVACY_ACCEPTED_AT, VERSION)"
                  + " VALUES (?, ?, ?, ?, 'JOB_SEEKER', ?, 0, ?, ?, 1)");
      profile =
          c.prepareStatement(
              "INSERT INTO PROFILE (ID, ACCOUNT_ID, VISIBILITY, ABOUT, AVAILABLE_FROM,"
                  + " WORKING_HOURS, HOME_AGS, MAX_COMMUTE_MINUTES, MAX_COMMUTE_KM, PUBLIC_TRANSPORT_ONLY, DRIVING_LICENCES,"
                  + " WORK_PERMIT, UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
      occupation =
          c.prepareStatement(
              "INSERT INTO PROFILE_OCCUPATION (PROFILE_ID, LIST_INDEX, ESCO_URI, PREFERRED) VALUES (?, ?, ?, ?)");
      skill =
          c.prepareStatement(
              "INSERT INTO PROFILE_SKILL (PROFILE_ID, LIST_INDEX, ESCO_URI, DESCRIPTION,"
                  + " SKILL_LEVEL, USED_IN_GERMANY) VALUES (?, ?, ?, ?, ?, ?)");
      work =
          c.prepareStatement(
              "INSERT INTO PROFILE_WORK (PROFILE_ID, LIST_INDEX, EMPLOYER_TYPE, OCCUPATION_URI,"
                  + " TITLE, COUNTRY, FROM_MONTH, TO_MONTH, TASKS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      language =
          c.prepareStatement(
              "INSERT INTO PROFILE_LANGUAGE (PROFILE_ID, LIST_INDEX, LANGUAGE_CODE,"
                  + " MOTHER_TONGUE, LISTENING, READING, SPOKEN_INTERACTION, SPOKEN_PRODUCTION, WRITING)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      certificate =
          c.prepareStatement(
              "INSERT INTO PROFILE_CERTIFICATE (PROFILE_ID, LIST_INDEX, LANGUAGE_CODE,"
                  + " NAME, AWARDED_ON) VALUES (?, ?, ?, ?, ?)");
      course =
          c.prepareStatement(
              "INSERT INTO PROFILE_COURSE (PROFILE_ID, LIST_INDEX, COURSE_TYPE, CEFR_LEVEL,"
                  + " STATUS) VALUES (?, ?, ?, ?, ?)");
      qualification =
          c.prepareStatement(
              "INSERT INTO PROFILE_QUALIFICATION (PROFILE_ID, LIST_INDEX,"
                  + " QUALIFICATION_TYPE, TITLE, COUNTRY, INSTITUTION, AWARD_YEAR, EQF_LEVEL, RECOGNITION_STATUS, APPLIED_ON,"
                  + " RESPONSIBLE_BODY, DIFFERENCES, COMPENSATION_MEASURE, MEASURE_STATUS, REFERENCE_OCCUPATION_URI, ANABIN)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      inOrder =
          List.of(
              account,
              profile,
              occupation,
              skill,
              work,
              language,
              certificate,
              course,
              qualification);
    }

    void executeAll() throws SQLException {
      for (PreparedStatement statement : inOrder) {
        statement.executeBatch();
      }
    }
  }
}
