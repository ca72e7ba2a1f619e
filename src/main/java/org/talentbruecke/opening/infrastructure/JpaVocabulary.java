package org.talentbruecke.opening.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.opening.application.Vocabulary;
import org.talentbruecke.reference.domain.ConceptType;

/** Reads the ESCO tables the reference importer fills, by primary key or a short IN list. */
@ApplicationScoped
public class JpaVocabulary implements Vocabulary {
  // ESCO marks regulated professions with this URI in the occupation's regulatedProfessionNote.
  private static final String ESCO_REGULATED =
      "http://data.europa.eu/esco/regulated-professions/regulated";
  // Keeps each IN list well below what Derby and PostgreSQL accept in one statement.
  private static final int CHUNK = 100;

  @PersistenceContext private EntityManager em;

  @Override
  public boolean exists(String uri, ConceptType type) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM ESCO_CONCEPT WHERE URI = ? AND CONCEPT_TYPE = ?")
                .setParameter(1, uri)
                .setParameter(2, type.name())
                .getSingleResult();
    return count.longValue() > 0;
  }

  @Override
  public Map<String, String> labels(Collection<String> uris, String language) {
    List<String> all = new ArrayList<>(new LinkedHashSet<>(uris));
    Map<String, Map<String, String>> byUri = new HashMap<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      var query =
          em.createNativeQuery(
              "SELECT CONCEPT_URI, LANGUAGE, PREFERRED_LABEL FROM ESCO_LABEL"
                  + " WHERE CONCEPT_URI IN ("
                  + marks
                  + ") AND LANGUAGE IN (?, 'de', 'en')");
      for (int i = 0; i < chunk.size(); i++) {
        query.setParameter(i + 1, chunk.get(i));
      }
      query.setParameter(chunk.size() + 1, language);
      for (Object row : query.getResultList()) {
        Object[] cells = (Object[]) row;
        byUri
            .computeIfAbsent((String) cells[0], k -> new HashMap<>())
            .put((String) cells[1], (String) cells[2]);
      }
    }
    Map<String, String> labels = new HashMap<>();
    byUri.forEach(
        (uri, texts) ->
            labels.put(
                uri, texts.getOrDefault(language, texts.getOrDefault("de", texts.get("en")))));
    return labels;
  }

  @Override
  public Optional<OccupationFacts> occupation(String occupationUri) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT ISCO_CODE, REGULATED_NOTE FROM ESCO_CONCEPT WHERE URI = ? AND CONCEPT_TYPE = 'OCCUPATION'")
            .setParameter(1, occupationUri)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] cells = (Object[]) rows.get(0);
    String isco = cells[0] == null ? "" : cells[0].toString();
    boolean regulated = cells[1] != null && ESCO_REGULATED.equals(cells[1].toString().strip());
    return Optional.of(new OccupationFacts(occupationUri, isco, regulated));
  }
}
