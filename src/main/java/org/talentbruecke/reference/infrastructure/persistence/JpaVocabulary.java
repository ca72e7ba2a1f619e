package org.talentbruecke.reference.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.LabelLanguages;
import org.talentbruecke.reference.domain.LocalizedLabel;

/**
 * Reads the ESCO tables the importer fills, by primary key or by IN lists of at most {@link #CHUNK}
 * URIs. Runs in the caller's transaction (JPA), so a check and the write it guards see the same
 * data.
 */
@ApplicationScoped
public class JpaVocabulary implements Vocabulary {
  // ESCO marks regulated professions with this URI in the occupation's regulatedProfessionNote.
  private static final String ESCO_REGULATED =
      "http://data.europa.eu/esco/regulated-professions/regulated";
  // Keeps each IN list well below what Derby and PostgreSQL accept in one statement.
  static final int CHUNK = 100;

  @PersistenceContext private EntityManager em;

  @Override
  public boolean exists(String uri) {
    return count("SELECT COUNT(*) FROM ESCO_CONCEPT WHERE URI = ?", uri) > 0;
  }

  @Override
  public boolean exists(String uri, ConceptType type) {
    return count(
            "SELECT COUNT(*) FROM ESCO_CONCEPT WHERE URI = ? AND CONCEPT_TYPE = ?",
            uri,
            type.name())
        > 0;
  }

  @Override
  public Map<String, LocalizedLabel> labels(Collection<String> uris, List<String> order) {
    Map<String, Map<String, String>> byUri = new HashMap<>();
    String languages = String.join(",", Collections.nCopies(order.size(), "?"));
    inChunks(
        uris,
        "SELECT CONCEPT_URI, LANGUAGE, PREFERRED_LABEL FROM ESCO_LABEL WHERE CONCEPT_URI IN (%s)"
            + " AND LANGUAGE IN ("
            + languages
            + ")",
        order,
        cells ->
            byUri
                .computeIfAbsent((String) cells[0], k -> new HashMap<>())
                .put((String) cells[1], (String) cells[2]));
    Map<String, LocalizedLabel> labels = new HashMap<>();
    byUri.forEach(
        (uri, texts) -> LabelLanguages.pick(texts, order).ifPresent(l -> labels.put(uri, l)));
    return labels;
  }

  @Override
  public Map<String, OccupationFacts> occupationFacts(Collection<String> occupationUris) {
    Map<String, OccupationFacts> facts = new HashMap<>();
    inChunks(
        occupationUris,
        "SELECT URI, CODE, ISCO_CODE, REGULATED_NOTE FROM ESCO_CONCEPT WHERE URI IN (%s)"
            + " AND CONCEPT_TYPE = 'OCCUPATION'",
        List.of(),
        cells ->
            facts.put(
                (String) cells[0],
                new OccupationFacts(
                    (String) cells[0],
                    text(cells[1]),
                    text(cells[2]),
                    ESCO_REGULATED.equals(text(cells[3]).strip()))));
    return facts;
  }

  @Override
  public List<ConceptLink> broaderLinks() {
    return links("SELECT CONCEPT_URI, BROADER_URI FROM ESCO_BROADER");
  }

  @Override
  public List<ConceptLink> essentialSkillLinks() {
    return links(
        "SELECT OCCUPATION_URI, SKILL_URI FROM ESCO_OCCUPATION_SKILL"
            + " WHERE RELATION_TYPE = 'ESSENTIAL'");
  }

  private List<ConceptLink> links(String sql) {
    List<ConceptLink> links = new ArrayList<>();
    for (Object cells : em.createNativeQuery(sql).getResultList()) {
      Object[] row = (Object[]) cells;
      links.add(new ConceptLink((String) row[0], (String) row[1]));
    }
    return links;
  }

  /**
   * Runs {@code sql} once per chunk of distinct URIs; {@code %s} stands for the chunk's
   * placeholders, {@code after} are bound behind them.
   */
  private void inChunks(
      Collection<String> uris, String sql, List<String> after, Consumer<Object[]> row) {
    List<String> all = new ArrayList<>(new LinkedHashSet<>(uris));
    all.removeIf(Objects::isNull);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      Query query =
          em.createNativeQuery(
              String.format(sql, String.join(",", Collections.nCopies(chunk.size(), "?"))));
      int position = 1;
      for (String value : chunk) {
        query.setParameter(position++, value);
      }
      for (String value : after) {
        query.setParameter(position++, value);
      }
      for (Object cells : query.getResultList()) {
        row.accept((Object[]) cells);
      }
    }
  }

  private long count(String sql, String... parameters) {
    if (parameters[0] == null) {
      return 0;
    }
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private static String text(Object cell) {
    return cell == null ? "" : cell.toString();
  }
}
