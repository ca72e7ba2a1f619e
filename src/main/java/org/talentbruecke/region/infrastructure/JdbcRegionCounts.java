package org.talentbruecke.region.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.talentbruecke.opening.application.OpeningChanged;
import org.talentbruecke.profile.application.ProfileErased;
import org.talentbruecke.profile.application.ProfileSaved;
import org.talentbruecke.region.application.CountTable;
import org.talentbruecke.region.application.RegionCounts;
import org.talentbruecke.region.domain.GermanLevels;
import org.talentbruecke.shared.infrastructure.DataSourceName;

/**
 * Reads the dashboard's counts with read-only aggregate SQL (GROUP BY in the database) over the
 * tables of the profile, opening and reference contexts: a reporting read model, never loading an
 * entity (decision 050). Portable SQL for Derby and PostgreSQL.
 */
@ApplicationScoped
public class JdbcRegionCounts implements RegionCounts {
  private static final ZoneId REGION = ZoneId.of("Europe/Berlin");
  private static final String[] GERMAN_SKILLS = {
    "LISTENING", "READING", "SPOKEN_INTERACTION", "SPOKEN_PRODUCTION", "WRITING"
  };

  /** Job seekers whose profile anyone may see (staff at least), optionally in an ISCO group. */
  private static final String PEOPLE = "p.VISIBILITY <> 'HIDDEN'";

  /** Openings open at some time in the period: published before its end, not ended before. */
  private static final String OPENINGS =
      "op.PUBLISHED_AT IS NOT NULL AND op.PUBLISHED_AT < ?"
          + " AND (op.CLOSED_AT IS NULL OR op.CLOSED_AT >= ?)"
          + " AND (op.EXPIRES_AT IS NULL OR op.EXPIRES_AT >= ?)";

  /** How long the job seekers' tables are kept without a profile change (5 minutes). */
  private static final long PEOPLE_FRESH_NANOS = 5L * 60 * 1_000_000_000;

  @Resource(lookup = DataSourceName.JNDI)
  private DataSource dataSource;

  private final Map<String, Cached> people = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final Map<String, CachedRaw> results = new ConcurrentHashMap<>();
  private final AtomicLong openingsGeneration = new AtomicLong();

  public JdbcRegionCounts() {}

  /** Outside the server (measurements, tests). */
  public JdbcRegionCounts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  // No setReadOnly on the connections: they come from the server's pool and would go back to it
  // read-only, refusing the next user's writes. These queries only read.

  @Override
  public Raw read(LocalDate from, LocalDate to, Integer iscoMajor, LocalDate stalledBefore) {
    String key = from + "/" + to + "/" + iscoMajor + "/" + stalledBefore;
    long peopleNow = generation.get();
    long openingsNow = openingsGeneration.get();
    CachedRaw cached = results.get(key);
    if (cached != null
        && cached.peopleGeneration == peopleNow
        && cached.openingsGeneration == openingsNow
        && System.nanoTime() - cached.readAt < PEOPLE_FRESH_NANOS) {
      return cached.raw;
    }
    Raw raw = readFresh(from, to, iscoMajor, stalledBefore);
    if (results.size() > 200) {
      results.clear();
    }
    results.put(key, new CachedRaw(raw, peopleNow, openingsNow, System.nanoTime()));
    return raw;
  }

  private Raw readFresh(LocalDate from, LocalDate to, Integer iscoMajor, LocalDate stalledBefore) {
    People people = cachedPeople(iscoMajor, stalledBefore);
    try (Connection c = dataSource.getConnection()) {
      Scope s = new Scope(from, to, occupationsIn(c, iscoMajor));
      return new Raw(
          people.headCount,
          people.byOccupationGroup,
          people.bySkill,
          people.byLanguage,
          people.byGermanLevel,
          people.byRecognition,
          people.stalled,
          openings(c, s),
          openingsTable(
              c,
              s,
              "SELECT g, m, SUM(n) FROM (SELECT SUBSTR(oc.ISCO_CODE, 1, 2) AS g,"
                  + " op.MUNICIPALITY AS m, op.POSITIONS AS n FROM OPENING op"
                  + " JOIN ESCO_CONCEPT oc ON oc.URI = op.OCCUPATION_URI",
              " AND oc.ISCO_CODE IS NOT NULL) x",
              "g, m"),
          openingsTable(
              c,
              s,
              "SELECT k.SKILL_URI, op.MUNICIPALITY, COUNT(DISTINCT op.ID) FROM OPENING op"
                  + " JOIN OPENING_SKILL k ON k.OPENING_ID = op.ID",
              "",
              "k.SKILL_URI, op.MUNICIPALITY"),
          openingsTable(
              c,
              s,
              "SELECT l.LANGUAGE_CODE, op.MUNICIPALITY, COUNT(DISTINCT op.ID) FROM OPENING op"
                  + " JOIN OPENING_LANGUAGE l ON l.OPENING_ID = op.ID",
              "",
              "l.LANGUAGE_CODE, op.MUNICIPALITY"),
          customerLanguages(c, s),
          germanOfOpenings(c, s),
          openingsTable(
              c,
              s,
              "SELECT cs.STAGE, op.MUNICIPALITY, COUNT(*) FROM CANDIDATE_STAGE cs"
                  + " JOIN OPENING op ON op.ID = cs.OPENING_ID",
              "",
              "cs.STAGE, op.MUNICIPALITY"));
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the regional dashboard failed", e);
    }
  }

  /**
   * The job seekers' tables for one ISCO filter, from the cache while it is fresh: they do not
   * depend on the period or the municipality, and counting 100,000 profiles with their skills takes
   * Derby seconds (docs/PERFORMANCE.md). A saved or erased profile empties the cache.
   */
  private People cachedPeople(Integer iscoMajor, LocalDate stalledBefore) {
    String key = iscoMajor + "/" + stalledBefore;
    long generationNow = generation.get();
    Cached cached = people.get(key);
    if (cached != null
        && cached.generation == generationNow
        && System.nanoTime() - cached.readAt < PEOPLE_FRESH_NANOS) {
      return cached.people;
    }
    People read;
    try (Connection c = dataSource.getConnection()) {
      Scope s = new Scope(stalledBefore, stalledBefore, occupationsIn(c, iscoMajor));
      read = readPeople(c, s, stalledBefore);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the regional dashboard failed", e);
    }
    people.put(key, new Cached(read, generationNow, System.nanoTime()));
    return read;
  }

  /** Forgets the cached job seekers' tables (a profile was saved or erased). */
  public void forgetPeople() {
    generation.incrementAndGet();
    people.clear();
  }

  /** Forgets the cached openings' tables (an opening was saved, published or closed). */
  public void forgetOpenings() {
    openingsGeneration.incrementAndGet();
  }

  void onOpeningChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OpeningChanged event) {
    forgetOpenings();
  }

  void onProfileSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileSaved event) {
    forgetPeople();
  }

  void onProfileErased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileErased event) {
    forgetPeople();
  }

  private People readPeople(Connection c, Scope s, LocalDate stalledBefore) throws SQLException {
    return new People(
        people(c, s, "SELECT 'all', p.HOME_AGS, COUNT(*) FROM PROFILE p", "", "p.HOME_AGS"),
        people(
            c,
            s,
            "SELECT g, m, COUNT(DISTINCT id) FROM (SELECT SUBSTR(oc.ISCO_CODE, 1, 2) AS g,"
                + " p.HOME_AGS AS m, p.ID AS id FROM PROFILE p"
                + " JOIN PROFILE_OCCUPATION o ON o.PROFILE_ID = p.ID"
                + " JOIN ESCO_CONCEPT oc ON oc.URI = o.ESCO_URI",
            " AND oc.ISCO_CODE IS NOT NULL) x",
            "g, m"),
        people(
            c,
            s,
            "SELECT k.ESCO_URI, p.HOME_AGS, COUNT(DISTINCT p.ID) FROM PROFILE p"
                + " JOIN PROFILE_SKILL k ON k.PROFILE_ID = p.ID",
            " AND k.ESCO_URI IS NOT NULL",
            "k.ESCO_URI, p.HOME_AGS"),
        // A profile lists each language once (Profile refuses duplicates): no DISTINCT needed.
        people(
            c,
            s,
            "SELECT l.LANGUAGE_CODE, p.HOME_AGS, COUNT(*) FROM PROFILE p"
                + " JOIN PROFILE_LANGUAGE l ON l.PROFILE_ID = p.ID",
            "",
            "l.LANGUAGE_CODE, p.HOME_AGS"),
        germanOfPeople(c, s),
        people(
            c,
            s,
            "SELECT q.RECOGNITION_STATUS, p.HOME_AGS, COUNT(DISTINCT p.ID) FROM PROFILE p"
                + " JOIN PROFILE_QUALIFICATION q ON q.PROFILE_ID = p.ID",
            "",
            "q.RECOGNITION_STATUS, p.HOME_AGS"),
        stalled(c, s, stalledBefore));
  }

  /** The job seekers' tables of one ISCO filter. */
  private record People(
      CountTable headCount,
      CountTable byOccupationGroup,
      CountTable bySkill,
      CountTable byLanguage,
      CountTable byGermanLevel,
      CountTable byRecognition,
      CountTable stalled) {}

  private record Cached(People people, long generation, long readAt) {}

  private record CachedRaw(Raw raw, long peopleGeneration, long openingsGeneration, long readAt) {}

  /**
   * {@code select} (ending in its FROM and joins, alias p for PROFILE) WHERE the people's scope and
   * {@code more} GROUP BY {@code groupBy}; {@code more} may close a derived table, then the
   * grouping applies to it.
   */
  private CountTable people(Connection c, Scope s, String select, String more, String groupBy)
      throws SQLException {
    String sql = select + " WHERE " + PEOPLE + s.peopleInIsco() + more + " GROUP BY " + groupBy;
    List<Object> parameters = new ArrayList<>(s.occupations());
    return table(c, sql, parameters);
  }

  private CountTable stalled(Connection c, Scope s, LocalDate before) throws SQLException {
    String sql =
        "SELECT q.REFERENCE_OCCUPATION_URI, p.HOME_AGS, COUNT(DISTINCT p.ID) FROM PROFILE p"
            + " JOIN PROFILE_QUALIFICATION q ON q.PROFILE_ID = p.ID WHERE "
            + PEOPLE
            + s.peopleInIsco()
            + " AND q.RECOGNITION_STATUS = 'APPLIED' AND q.APPLIED_ON < ?"
            + " AND q.REFERENCE_OCCUPATION_URI IS NOT NULL"
            + " GROUP BY q.REFERENCE_OCCUPATION_URI, p.HOME_AGS";
    List<Object> parameters = new ArrayList<>(s.occupations());
    parameters.add(Date.valueOf(before));
    return table(c, sql, parameters);
  }

  /** A person's German: the lowest stated sub-skill, C2 for a mother tongue, none without. */
  private CountTable germanOfPeople(Connection c, Scope s) throws SQLException {
    String sql =
        "SELECT g.LVL, p.HOME_AGS, COUNT(*) FROM PROFILE p LEFT JOIN (SELECT PROFILE_ID,"
            + " CASE WHEN MOTHER_TONGUE THEN 'C2' ELSE "
            + lowest()
            + " END AS LVL FROM PROFILE_LANGUAGE WHERE LANGUAGE_CODE = 'de') g"
            + " ON g.PROFILE_ID = p.ID WHERE "
            + PEOPLE
            + s.peopleInIsco()
            + " GROUP BY g.LVL, p.HOME_AGS";
    List<Object> parameters = new ArrayList<>(s.occupations());
    return levels(table(c, sql, parameters));
  }

  /** An opening's German: the highest sub-skill it requires, none without. */
  private CountTable germanOfOpenings(Connection c, Scope s) throws SQLException {
    return levels(
        openingsTable(
            c,
            s,
            "SELECT lvl, m, COUNT(*) FROM (SELECT "
                + highest()
                + " AS lvl, op.MUNICIPALITY AS m"
                + " FROM OPENING op",
            ") x",
            "lvl, m"));
  }

  private CountTable openings(Connection c, Scope s) throws SQLException {
    String sql =
        "SELECT op.MUNICIPALITY, COUNT(*), SUM(op.POSITIONS) FROM OPENING op WHERE "
            + OPENINGS
            + s.openingsInIsco()
            + " GROUP BY op.MUNICIPALITY";
    CountTable t = new CountTable().add("openings", null, 0).add("positions", null, 0);
    try (PreparedStatement st = c.prepareStatement(sql)) {
      bind(st, s.openingParameters());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          t.add("openings", rs.getString(1), rs.getLong(2));
          t.add("positions", rs.getString(1), rs.getLong(3));
        }
      }
    }
    return t;
  }

  private CountTable customerLanguages(Connection c, Scope s) throws SQLException {
    String sql =
        "SELECT l.LANGUAGE_CODE, org.MUNICIPALITY, COUNT(DISTINCT org.ID) FROM ORGANISATION org"
            + " JOIN ORGANISATION_LANGUAGE l ON l.ORGANISATION_ID = org.ID"
            + " WHERE EXISTS (SELECT 1 FROM OPENING op WHERE op.ORGANISATION_ID = org.ID AND "
            + OPENINGS
            + s.openingsInIsco()
            + ") GROUP BY l.LANGUAGE_CODE, org.MUNICIPALITY";
    return table(c, sql, s.openingParameters());
  }

  private CountTable openingsTable(
      Connection c, Scope s, String select, String more, String groupBy) throws SQLException {
    String sql = select + " WHERE " + OPENINGS + s.openingsInIsco() + more + " GROUP BY " + groupBy;
    return table(c, sql, s.openingParameters());
  }

  private static CountTable table(Connection c, String sql, List<Object> parameters)
      throws SQLException {
    CountTable t = new CountTable();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      bind(st, parameters);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String row = rs.getString(1);
          t.add(row == null ? "" : row, rs.getString(2), rs.getLong(3));
        }
      }
    }
    return t;
  }

  private static void bind(PreparedStatement st, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      st.setObject(i + 1, parameters.get(i));
    }
  }

  /** Empty, "A0" (a sub-skill left open) and unknown codes become {@link GermanLevels#NONE}. */
  private static CountTable levels(CountTable raw) {
    CountTable t = new CountTable();
    for (String row : raw.rows()) {
      String level = GermanLevels.ORDER.contains(row) ? row : GermanLevels.NONE;
      for (String m : raw.municipalities()) {
        long n = raw.get(row, m);
        if (n > 0) {
          t.add(level, m, n);
        }
      }
    }
    return t;
  }

  /**
   * The lowest of the five sub-skills: "A0" when one is left open, else the first level (from A1
   * up) that one of them has.
   */
  static String lowest() {
    String all = String.join(", ", GERMAN_SKILLS);
    StringBuilder sql = new StringBuilder("CASE");
    for (String skill : GERMAN_SKILLS) {
      sql.append(" WHEN ").append(skill).append(" IS NULL THEN 'A0'");
    }
    for (String level : GermanLevels.ORDER.subList(1, GermanLevels.ORDER.size() - 1)) {
      sql.append(" WHEN '").append(level).append("' IN (").append(all).append(") THEN '");
      sql.append(level).append("'");
    }
    return sql.append(" ELSE 'C2' END").toString();
  }

  /** The highest of the opening's five German sub-skills (from C2 down); null when none. */
  static String highest() {
    StringBuilder all = new StringBuilder();
    for (String skill : GERMAN_SKILLS) {
      all.append(all.length() == 0 ? "" : ", ").append("op.GERMAN_").append(skill);
    }
    StringBuilder sql = new StringBuilder("CASE");
    List<String> levels = GermanLevels.ORDER.subList(1, GermanLevels.ORDER.size());
    for (int i = levels.size() - 1; i >= 0; i--) {
      sql.append(" WHEN '").append(levels.get(i)).append("' IN (").append(all).append(") THEN '");
      sql.append(levels.get(i)).append("'");
    }
    return sql.append(" ELSE NULL END").toString();
  }

  /**
   * The ESCO occupations in an ISCO major group (null for no filter), read once per request: the
   * filter then compares URIs, because Derby evaluates a correlated subquery joining ESCO_CONCEPT
   * anew for every one of 100,000 profiles (minutes instead of a second).
   */
  private static List<String> occupationsIn(Connection c, Integer iscoMajor) throws SQLException {
    if (iscoMajor == null) {
      return null;
    }
    List<String> uris = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement("SELECT URI FROM ESCO_CONCEPT WHERE ISCO_CODE LIKE ?")) {
      st.setString(1, iscoMajor + "%");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          uris.add(rs.getString(1));
        }
      }
    }
    return uris;
  }

  /** The filter as SQL conditions and parameters. */
  private static final class Scope {
    final Timestamp start;
    final Timestamp end;

    /** ESCO occupations of the ISCO group; null without an ISCO filter. */
    final List<String> isco;

    Scope(LocalDate from, LocalDate to, List<String> occupationsInGroup) {
      start = Timestamp.from(from.atStartOfDay(REGION).toInstant());
      end = Timestamp.from(to.plusDays(1).atStartOfDay(REGION).toInstant());
      isco = occupationsInGroup;
    }

    List<String> occupations() {
      return isco == null ? List.of() : isco;
    }

    private String inList() {
      return String.join(", ", java.util.Collections.nCopies(isco.size(), "?"));
    }

    /** Job seekers with a desired occupation in the group. */
    String peopleInIsco() {
      if (isco == null) {
        return "";
      }
      return isco.isEmpty()
          ? " AND 1 = 0"
          : " AND EXISTS (SELECT 1 FROM PROFILE_OCCUPATION io WHERE io.PROFILE_ID = p.ID"
              + " AND io.ESCO_URI IN ("
              + inList()
              + "))";
    }

    /** Openings for an occupation in the group. */
    String openingsInIsco() {
      if (isco == null) {
        return "";
      }
      return isco.isEmpty() ? " AND 1 = 0" : " AND op.OCCUPATION_URI IN (" + inList() + ")";
    }

    List<Object> openingParameters() {
      List<Object> p = new ArrayList<>(List.of(end, start, start));
      p.addAll(occupations());
      return p;
    }
  }
}
