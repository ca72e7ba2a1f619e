package org.talentbruecke.reference.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentbruecke.reference.application.ImportLogEntry;
import org.talentbruecke.reference.application.OccupationSkills;
import org.talentbruecke.reference.application.OccupationSkills.ConceptLabel;
import org.talentbruecke.reference.application.ReferenceCounts;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LabelLanguages;
import org.talentbruecke.reference.domain.LocalizedLabels;

/** Reads from the ESCO tables on one connection. */
final class EscoQueries {
  private final Connection connection;

  EscoQueries(Connection connection) {
    this.connection = connection;
  }

  boolean isEmpty() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.setMaxRows(1);
      try (ResultSet rs = s.executeQuery("SELECT URI FROM ESCO_CONCEPT")) {
        return !rs.next();
      }
    }
  }

  ReferenceCounts counts() throws SQLException {
    Map<String, Integer> byType =
        grouped("SELECT CONCEPT_TYPE, COUNT(*) FROM ESCO_CONCEPT GROUP BY CONCEPT_TYPE");
    Map<String, Integer> relations =
        grouped("SELECT RELATION_TYPE, COUNT(*) FROM ESCO_OCCUPATION_SKILL GROUP BY RELATION_TYPE");
    String version = "";
    try (Statement s = connection.createStatement()) {
      s.setMaxRows(1);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT ESCO_VERSION FROM ESCO_IMPORT"
                  + " WHERE OUTCOME = '"
                  + ImportLogEntry.SUCCEEDED
                  + "' ORDER BY ID DESC")) {
        version = rs.next() ? rs.getString(1) : "";
      }
    }
    return new ReferenceCounts(
        version,
        byType.getOrDefault("SKILL", 0),
        byType.getOrDefault("SKILL_GROUP", 0),
        byType.getOrDefault("OCCUPATION", 0),
        byType.getOrDefault("ISCO_GROUP", 0),
        single("SELECT COUNT(*) FROM ESCO_LABEL"),
        relations.getOrDefault("ESSENTIAL", 0),
        relations.getOrDefault("OPTIONAL", 0),
        single("SELECT COUNT(*) FROM ESCO_BROADER"));
  }

  List<ImportLogEntry> recentImports(int limit) throws SQLException {
    List<ImportLogEntry> entries = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      s.setMaxRows(limit);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT ID, STARTED_AT, FINISHED_AT, SOURCE, ESCO_VERSION,"
                  + " OUTCOME, CONCEPTS_INSERTED, CONCEPTS_UPDATED, LABELS_WRITTEN, RELATIONS_WRITTEN,"
                  + " SKILLS, OCCUPATIONS, WARNINGS, MESSAGE FROM ESCO_IMPORT ORDER BY ID DESC")) {
        while (rs.next()) {
          entries.add(
              new ImportLogEntry(
                  rs.getLong(1),
                  rs.getTimestamp(2).toInstant(),
                  rs.getTimestamp(3).toInstant(),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getInt(7),
                  rs.getInt(8),
                  rs.getInt(9),
                  rs.getInt(10),
                  rs.getInt(11),
                  rs.getInt(12),
                  rs.getInt(13),
                  rs.getString(14)));
        }
      }
    }
    return entries;
  }

  List<EscoConcept> searchable(Set<ConceptType> types, List<String> languages) throws SQLException {
    String typeList =
        types.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(","));
    Map<String, Map<String, LocalizedLabels>> labels = new HashMap<>();
    String marks = String.join(",", java.util.Collections.nCopies(languages.size(), "?"));
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT l.CONCEPT_URI, l.LANGUAGE,"
                + " l.PREFERRED_LABEL, l.ALT_LABELS, l.HIDDEN_LABELS FROM ESCO_LABEL l JOIN ESCO_CONCEPT c"
                + " ON c.URI = l.CONCEPT_URI WHERE c.CONCEPT_TYPE IN ("
                + typeList
                + ")"
                + " AND l.LANGUAGE IN ("
                + marks
                + ")")) {
      for (int i = 0; i < languages.size(); i++) {
        s.setString(i + 1, languages.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          labels
              .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
              .put(
                  rs.getString(2),
                  new LocalizedLabels(
                      rs.getString(3), lines(rs.getString(4)), lines(rs.getString(5)), ""));
        }
      }
    }
    List<EscoConcept> concepts = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT URI, CONCEPT_TYPE, CODE, ISCO_CODE FROM ESCO_CONCEPT"
                    + " WHERE CONCEPT_TYPE IN ("
                    + typeList
                    + ") ORDER BY URI")) {
      while (rs.next()) {
        Map<String, LocalizedLabels> own = labels.get(rs.getString(1));
        if (own != null) {
          concepts.add(
              new EscoConcept(
                  rs.getString(1),
                  ConceptType.valueOf(rs.getString(2)),
                  own,
                  "",
                  "",
                  rs.getString(3),
                  rs.getString(4),
                  "",
                  "",
                  ""));
        }
      }
    }
    return concepts;
  }

  Optional<OccupationSkills> occupationSkills(String uri, String language) throws SQLException {
    Map<String, Map<String, String>> occupation = new HashMap<>();
    String isco = null;
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT c.ISCO_CODE, l.LANGUAGE,"
                + " l.PREFERRED_LABEL FROM ESCO_CONCEPT c LEFT JOIN ESCO_LABEL l ON l.CONCEPT_URI = c.URI"
                + " WHERE c.URI = ? AND c.CONCEPT_TYPE = 'OCCUPATION'")) {
      s.setString(1, uri);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          isco = rs.getString(1) == null ? "" : rs.getString(1);
          Map<String, String> byLanguage = occupation.computeIfAbsent(uri, k -> new HashMap<>());
          if (rs.getString(2) != null) {
            byLanguage.put(rs.getString(2), rs.getString(3));
          }
        }
      }
    }
    if (isco == null) {
      return Optional.empty();
    }
    Map<String, Map<String, String>> skillLabels = new LinkedHashMap<>();
    Map<String, String> relationType = new HashMap<>();
    Map<String, String> skillType = new HashMap<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT r.SKILL_URI, r.RELATION_TYPE, r.SKILL_TYPE,"
                + " l.LANGUAGE, l.PREFERRED_LABEL FROM ESCO_OCCUPATION_SKILL r JOIN ESCO_LABEL l"
                + " ON l.CONCEPT_URI = r.SKILL_URI WHERE r.OCCUPATION_URI = ?")) {
      s.setString(1, uri);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          relationType.put(rs.getString(1), rs.getString(2));
          skillType.put(rs.getString(1), rs.getString(3));
          skillLabels
              .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .put(rs.getString(4), rs.getString(5));
        }
      }
    }
    Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
    Comparator<ConceptLabel> byLabel = Comparator.comparing(ConceptLabel::label, collator);
    List<ConceptLabel> essential = new ArrayList<>();
    List<ConceptLabel> optional = new ArrayList<>();
    skillLabels.forEach(
        (skill, byLanguage) ->
            ("ESSENTIAL".equals(relationType.get(skill)) ? essential : optional)
                .add(
                    choose(skill, byLanguage, language)
                        .withKnowledge("knowledge".equals(skillType.get(skill)))));
    essential.sort(byLabel);
    optional.sort(byLabel);
    return Optional.of(
        new OccupationSkills(
            choose(uri, occupation.getOrDefault(uri, Map.of()), language),
            isco,
            essential,
            optional));
  }

  /** The label in the wanted language, else in the fallback order, else in any language. */
  private static ConceptLabel choose(String uri, Map<String, String> byLanguage, String language) {
    List<String> order = new ArrayList<>(LabelLanguages.forReader(language));
    order.addAll(byLanguage.keySet().stream().sorted().toList());
    return LabelLanguages.pick(byLanguage, order)
        .map(l -> new ConceptLabel(uri, l.text(), l.language(), !l.language().equals(language)))
        .orElse(new ConceptLabel(uri, uri, "", true));
  }

  private static List<String> lines(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
  }

  private Map<String, Integer> grouped(String sql) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getInt(2));
      }
    }
    return counts;
  }

  private int single(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
