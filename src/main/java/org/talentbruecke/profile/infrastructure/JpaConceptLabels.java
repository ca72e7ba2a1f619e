package org.talentbruecke.profile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.profile.application.cv.ConceptLabels;

/** Preferred labels from the ESCO label table the reference importer fills, in one query. */
@ApplicationScoped
public class JpaConceptLabels implements ConceptLabels {
  @PersistenceContext private EntityManager em;

  @Override
  public Map<String, Map<String, String>> preferredLabels(Collection<String> uris) {
    Map<String, Map<String, String>> labels = new HashMap<>();
    if (uris.isEmpty()) {
      return labels;
    }
    List<String> list = new ArrayList<>(uris);
    Query query =
        em.createNativeQuery(
            "SELECT CONCEPT_URI, LANGUAGE, PREFERRED_LABEL FROM ESCO_LABEL"
                + " WHERE CONCEPT_URI IN ("
                + String.join(",", Collections.nCopies(list.size(), "?"))
                + ")");
    for (int i = 0; i < list.size(); i++) {
      query.setParameter(i + 1, list.get(i));
    }
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      if (columns[2] != null) {
        labels
            .computeIfAbsent((String) columns[0], k -> new HashMap<>())
            .put((String) columns[1], (String) columns[2]);
      }
    }
    return labels;
  }
}
