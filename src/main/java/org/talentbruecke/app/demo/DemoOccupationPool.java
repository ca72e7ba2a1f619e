package org.talentbruecke.app.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.talentbruecke.reference.application.EscoDataSet;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.RelationType;

/**
 * The ESCO occupations generated job seekers have: every ESCO occupation in the ISCO unit groups
 * below that has at least three essential skills. The groups are those in which immigrants to
 * Germany often trained or work, from care to software; drawing from all 3,000 ESCO occupations
 * would give too many stage riggers and too few nurses. Sorted by URI, so a seed gives the same
 * people on every database that holds the same ESCO data.
 */
public final class DemoOccupationPool {
  static final Set<String> ISCO_GROUPS =
      Set.of(
          "2211", "2221", "2222", "2261", "2262", "2264", "3221", "5321", "5322", // health and care
          "2341", "2342", "5311", // teaching and child care
          "2142", "2144", "2151", "2152", "2512", "2513", "2514", "3113",
          "3114", // engineering and IT
          "2411", "3313", "4110", "4311", "4321", // office and accounting
          "5120", "5131", "9412", "7512", "7513", // food
          "5223", "5230", "5141", // retail and services
          "7112", "7115", "7126", "7127", "7131", "7212", "7231", "7233", "7411", "7412", // crafts
          "8322", "8332", "8344", "9333", "9112", "9329", "8160",
          "8189"); // driving, logistics, production, cleaning
  static final int MIN_ESSENTIAL_SKILLS = 3;

  private DemoOccupationPool() {}

  /** From the ESCO tables of the running application. */
  public static List<DemoOccupation> fromDatabase(Connection connection) throws SQLException {
    String groups = ISCO_GROUPS.stream().map(g -> "'" + g + "'").collect(Collectors.joining(","));
    Map<String, String[]> occupations = new TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT c.URI, c.ISCO_CODE, l.PREFERRED_LABEL FROM ESCO_CONCEPT c"
                    + " JOIN ESCO_LABEL l ON l.CONCEPT_URI = c.URI AND l.LANGUAGE = 'de'"
                    + " WHERE c.CONCEPT_TYPE = 'OCCUPATION' AND c.ISCO_CODE IN ("
                    + groups
                    + ")")) {
      while (rs.next()) {
        occupations.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
      }
    }
    Map<String, List<String>> skills = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT r.OCCUPATION_URI, r.SKILL_URI FROM ESCO_OCCUPATION_SKILL r"
                    + " JOIN ESCO_CONCEPT c ON c.URI = r.OCCUPATION_URI"
                    + " WHERE r.RELATION_TYPE = 'ESSENTIAL' AND c.ISCO_CODE IN ("
                    + groups
                    + ")")) {
      while (rs.next()) {
        skills.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    List<DemoOccupation> pool = new ArrayList<>();
    occupations.forEach((uri, isco) -> add(pool, uri, isco[0], isco[1], skills.get(uri)));
    return pool;
  }

  /** From an ESCO data set read from files (benchmarks and tools outside the server). */
  public static List<DemoOccupation> fromDataSet(EscoDataSet data) {
    Map<String, List<String>> skills = new HashMap<>();
    data.occupationSkillRelations().stream()
        .filter(r -> r.relationType() == RelationType.ESSENTIAL)
        .forEach(
            r ->
                skills
                    .computeIfAbsent(r.occupationUri(), k -> new ArrayList<>())
                    .add(r.skillUri()));
    List<DemoOccupation> pool = new ArrayList<>();
    data.concepts(ConceptType.OCCUPATION)
        .filter(c -> ISCO_GROUPS.contains(c.iscoGroupCode()))
        .sorted(Comparator.comparing(EscoConcept::uri))
        .forEach(
            c ->
                c.labels("de")
                    .ifPresent(
                        l ->
                            add(
                                pool,
                                c.uri(),
                                c.iscoGroupCode(),
                                l.preferredLabel(),
                                skills.get(c.uri()))));
    return pool;
  }

  private static void add(
      List<DemoOccupation> pool, String uri, String isco, String label, List<String> skills) {
    if (skills != null && skills.size() >= MIN_ESSENTIAL_SKILLS) {
      // Sorted, because the database returns relations in no particular order.
      pool.add(new DemoOccupation(uri, isco, label, skills.stream().sorted().toList()));
    }
  }
}
