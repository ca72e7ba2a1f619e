package org.talentbruecke.matching.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.matching.domain.Availability;
import org.talentbruecke.matching.domain.CandidateSkill;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.LanguageAbility;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OccupationRef;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.Qualification;
import org.talentbruecke.matching.domain.SkillLevel;
import org.talentbruecke.matching.domain.WorkExperience;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * "The obvious way" to rank candidates, for the comparison in {@code MatchingComparisonBenchmark}:
 * the job seekers live in an embedded (in-memory) Derby database in four normalised tables; a query
 * reads all of them with plain JDBC (one ordered scan per table, merged in Java: no N+1), builds
 * the snapshots, scores every one with {@link MatchScorer} and sorts ({@link MatchRanking}).
 *
 * <p>Not JPA and not the project's Flyway schema: EclipseLink is provided by Payara and not on the
 * test class path, and the project's profile tables would need the whole identity/profile model
 * written per person (the application's demo writer does that at ~300 people/s on this machine, too
 * slow for a benchmark set-up). JDBC over an equivalent schema is a lower bound of what JPA would
 * cost (JPA adds entity instantiation and the persistence context on top of the same rows).
 */
final class JdbcRanking implements AutoCloseable {
  private final String name;
  private final Connection connection;
  private final MatchRanking ranking;
  private final Map<String, Municipality> municipalities = new HashMap<>();

  JdbcRanking(String name, MatchScorer scorer) throws SQLException {
    this.name = name;
    this.connection = DriverManager.getConnection("jdbc:derby:memory:" + name + ";create=true");
    this.ranking = new MatchRanking(scorer);
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE CANDIDATE (ID INT PRIMARY KEY, HANDLE VARCHAR(20) NOT NULL,"
              + " AGS VARCHAR(8) NOT NULL, HOURS INT NOT NULL, COMMUTE_KM INT NOT NULL,"
              + " EARLIEST_START DATE)");
      s.execute(
          "CREATE TABLE CANDIDATE_SKILL (CANDIDATE_ID INT NOT NULL, POS INT NOT NULL,"
              + " SKILL_URI VARCHAR(100) NOT NULL, SKILL_LEVEL VARCHAR(12) NOT NULL,"
              + " PRIMARY KEY (CANDIDATE_ID, POS))");
      // KIND: D desired, W work, Q qualification
      s.execute(
          "CREATE TABLE CANDIDATE_OCCUPATION (CANDIDATE_ID INT NOT NULL, KIND CHAR(1) NOT NULL,"
              + " POS INT NOT NULL, ESCO_URI VARCHAR(100) NOT NULL, ISCO CHAR(4) NOT NULL,"
              + " YEARS INT, COUNTRY CHAR(2), EQF INT, RECOGNITION VARCHAR(3),"
              + " PRIMARY KEY (CANDIDATE_ID, KIND, POS))");
      s.execute(
          "CREATE TABLE CANDIDATE_LANGUAGE (CANDIDATE_ID INT NOT NULL, POS INT NOT NULL,"
              + " LANG VARCHAR(3) NOT NULL, MOTHER_TONGUE SMALLINT NOT NULL,"
              + " LEVELS CHAR(5) NOT NULL, PRIMARY KEY (CANDIDATE_ID, POS))");
    }
  }

  /** Writes the candidates (ids 0…n-1 in the given order), in batches, one commit per 1,000. */
  void insert(List<CandidateSnapshot> candidates) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement c =
            connection.prepareStatement("INSERT INTO CANDIDATE VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement sk =
            connection.prepareStatement("INSERT INTO CANDIDATE_SKILL VALUES (?, ?, ?, ?)");
        PreparedStatement oc =
            connection.prepareStatement(
                "INSERT INTO CANDIDATE_OCCUPATION VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement la =
            connection.prepareStatement("INSERT INTO CANDIDATE_LANGUAGE VALUES (?, ?, ?, ?, ?)")) {
      for (int id = 0; id < candidates.size(); id++) {
        CandidateSnapshot p = candidates.get(id);
        municipalities.putIfAbsent(p.municipality().ags(), p.municipality());
        c.setInt(1, id);
        c.setString(2, p.handle());
        c.setString(3, p.municipality().ags());
        c.setInt(4, MatchScorer.hoursMask(p.availability().hours()));
        c.setInt(5, p.availability().commuteLimitKm());
        LocalDate start = p.availability().earliestStart();
        c.setDate(6, start == null ? null : Date.valueOf(start));
        c.addBatch();
        for (int i = 0; i < p.skills().size(); i++) {
          sk.setInt(1, id);
          sk.setInt(2, i);
          sk.setString(3, p.skills().get(i).skillUri());
          sk.setString(4, p.skills().get(i).level().name());
          sk.addBatch();
        }
        for (int i = 0; i < p.desiredOccupations().size(); i++) {
          occupation(oc, id, "D", i, p.desiredOccupations().get(i), null, null, null, null);
        }
        for (int i = 0; i < p.workHistory().size(); i++) {
          WorkExperience w = p.workHistory().get(i);
          occupation(oc, id, "W", i, w.occupation(), w.years(), w.countryCode(), null, null);
        }
        for (int i = 0; i < p.qualifications().size(); i++) {
          Qualification q = p.qualifications().get(i);
          occupation(
              oc,
              id,
              "Q",
              i,
              q.occupation(),
              null,
              null,
              q.eqfLevel(),
              recognition(q.recognition()));
        }
        for (int i = 0; i < p.languages().size(); i++) {
          LanguageAbility l = p.languages().get(i);
          la.setInt(1, id);
          la.setInt(2, i);
          la.setString(3, l.language());
          la.setShort(4, (short) (l.motherTongue() ? 1 : 0));
          la.setString(5, levels(l.levels()));
          la.addBatch();
        }
        if (id % 1000 == 999 || id == candidates.size() - 1) {
          c.executeBatch();
          sk.executeBatch();
          oc.executeBatch();
          la.executeBatch();
          connection.commit();
        }
      }
    }
  }

  private static void occupation(
      PreparedStatement oc,
      int id,
      String kind,
      int pos,
      OccupationRef occupation,
      Integer years,
      String country,
      Integer eqf,
      String recognition)
      throws SQLException {
    oc.setInt(1, id);
    oc.setString(2, kind);
    oc.setInt(3, pos);
    oc.setString(4, occupation.escoUri());
    oc.setString(5, occupation.iscoUnitGroup());
    oc.setObject(6, years, java.sql.Types.INTEGER);
    oc.setString(7, country);
    oc.setObject(8, eqf, java.sql.Types.INTEGER);
    oc.setString(9, recognition);
    oc.addBatch();
  }

  /** Reads every candidate, scores each, sorts, and returns the requested page. */
  MatchRanking.Page top(OpeningSnapshot opening, int limit) throws SQLException {
    return ranking.rank(opening, loadAll(), limit, 0);
  }

  List<CandidateSnapshot> loadAll() throws SQLException {
    List<Builder> all = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT ID, HANDLE, AGS, HOURS, COMMUTE_KM, EARLIEST_START FROM CANDIDATE"
                  + " ORDER BY ID")) {
        while (r.next()) {
          Builder b = new Builder();
          b.handle = r.getString(2);
          b.municipality = municipalities.get(r.getString(3));
          b.hours = r.getInt(4);
          b.commuteKm = r.getInt(5);
          Date start = r.getDate(6);
          b.start = start == null ? null : start.toLocalDate();
          all.add(b);
          if (r.getInt(1) != all.size() - 1) {
            throw new IllegalStateException("candidate ids must be 0…n-1");
          }
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT CANDIDATE_ID, SKILL_URI, SKILL_LEVEL FROM CANDIDATE_SKILL"
                  + " ORDER BY CANDIDATE_ID, POS")) {
        while (r.next()) {
          all.get(r.getInt(1))
              .skills
              .add(new CandidateSkill(r.getString(2), SkillLevel.valueOf(r.getString(3))));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT CANDIDATE_ID, KIND, ESCO_URI, ISCO, YEARS, COUNTRY, EQF, RECOGNITION"
                  + " FROM CANDIDATE_OCCUPATION ORDER BY CANDIDATE_ID, KIND, POS")) {
        while (r.next()) {
          Builder b = all.get(r.getInt(1));
          OccupationRef occupation = new OccupationRef(r.getString(3), r.getString(4));
          switch (r.getString(2)) {
            case "D" -> b.desired.add(occupation);
            case "W" -> b.work.add(new WorkExperience(occupation, r.getString(6), r.getInt(5)));
            default ->
                b.qualifications.add(
                    new Qualification(r.getInt(7), occupation, recognition(r.getString(8))));
          }
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT CANDIDATE_ID, LANG, MOTHER_TONGUE, LEVELS FROM CANDIDATE_LANGUAGE"
                  + " ORDER BY CANDIDATE_ID, POS")) {
        while (r.next()) {
          all.get(r.getInt(1))
              .languages
              .add(new LanguageAbility(r.getString(2), levels(r.getString(4)), r.getShort(3) == 1));
        }
      }
    }
    List<CandidateSnapshot> snapshots = new ArrayList<>(all.size());
    for (Builder b : all) {
      snapshots.add(b.build());
    }
    return snapshots;
  }

  private static final class Builder {
    String handle;
    Municipality municipality;
    int hours;
    int commuteKm;
    LocalDate start;
    final List<CandidateSkill> skills = new ArrayList<>();
    final List<OccupationRef> desired = new ArrayList<>();
    final List<WorkExperience> work = new ArrayList<>();
    final List<LanguageAbility> languages = new ArrayList<>();
    final List<Qualification> qualifications = new ArrayList<>();

    CandidateSnapshot build() {
      Set<WorkingHours> set = EnumSet.noneOf(WorkingHours.class);
      for (WorkingHours h : WorkingHours.values()) {
        if ((hours & (1 << h.ordinal())) != 0) {
          set.add(h);
        }
      }
      return new CandidateSnapshot(
          handle,
          municipality,
          skills,
          desired,
          work,
          languages,
          qualifications,
          new Availability(set, start, commuteKm));
    }
  }

  /** Five characters, one per CEFR sub-skill: the level's ordinal, or '-' when not stated. */
  private static String levels(CefrSkillLevels levels) {
    StringBuilder out = new StringBuilder(5);
    for (CefrSkill skill : CefrSkill.values()) {
      CefrLevel level = levels.level(skill);
      out.append(level == null ? '-' : (char) ('0' + level.ordinal()));
    }
    return out.toString();
  }

  private static CefrSkillLevels levels(String text) {
    CefrLevel[] l = new CefrLevel[5];
    for (int i = 0; i < 5; i++) {
      char ch = text.charAt(i);
      l[i] = ch == '-' ? null : CefrLevel.values()[ch - '0'];
    }
    return new CefrSkillLevels(l[0], l[1], l[2], l[3], l[4]);
  }

  /** status, measure, measure status as ordinals ('-' for none); null for a German one. */
  private static String recognition(Optional<RecognitionState> state) {
    if (state.isEmpty()) {
      return null;
    }
    RecognitionState s = state.get();
    return ""
        + (char) ('0' + s.status().ordinal())
        + s.measure().map(m -> (char) ('0' + m.ordinal())).orElse('-')
        + s.measureStatus().map(m -> (char) ('0' + m.ordinal())).orElse('-');
  }

  private static Optional<RecognitionState> recognition(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RecognitionState(
            RecognitionStatus.values()[text.charAt(0) - '0'],
            text.charAt(1) == '-'
                ? Optional.empty()
                : Optional.of(CompensationMeasure.values()[text.charAt(1) - '0']),
            text.charAt(2) == '-'
                ? Optional.empty()
                : Optional.of(MeasureStatus.values()[text.charAt(2) - '0']),
            Optional.empty()));
  }

  @Override
  public void close() throws SQLException {
    connection.rollback(); // only reads since the last commit
    connection.close();
    try {
      DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true");
    } catch (SQLException dropped) {
      // Derby reports a dropped database as an exception (SQL state 08006): expected
    }
  }
}
