package org.talentbruecke.reference.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;

/**
 * Words people in the region search with that ESCO lacks (e.g. "Pflegefachkraft"), from
 * search-synonyms.csv. They only make a concept findable: they are added as hidden labels to the
 * search index, never stored as ESCO data and never shown.
 */
public final class SearchSynonyms {
  private final Map<String, Map<String, List<String>>> byUri;

  /**
   * The synonyms by concept URI, then by language. Read once at start-up by the reference context
   * and injected.
   */
  public SearchSynonyms(Map<String, Map<String, List<String>>> byUri) {
    this.byUri = byUri;
  }

  /** The concept with its synonyms as extra hidden labels; unchanged when it has none. */
  public EscoConcept addTo(EscoConcept concept) {
    Map<String, List<String>> extra = byUri.get(concept.uri());
    if (extra == null) {
      return concept;
    }
    Map<String, LocalizedLabels> labels = new LinkedHashMap<>(concept.labels());
    extra.forEach(
        (language, words) -> {
          LocalizedLabels present = labels.get(language);
          // A synonym in a language the concept has no label in cannot be indexed without inventing
          // one.
          if (present != null) {
            List<String> hidden = new ArrayList<>(present.hiddenLabels());
            hidden.addAll(words);
            labels.put(
                language,
                new LocalizedLabels(
                    present.preferredLabel(), present.altLabels(), hidden, present.description()));
          }
        });
    return new EscoConcept(
        concept.uri(),
        concept.type(),
        labels,
        concept.skillType(),
        concept.reuseLevel(),
        concept.code(),
        concept.iscoGroupCode(),
        concept.status(),
        concept.modifiedDate(),
        concept.regulatedProfessionNote());
  }

  public int size() {
    return byUri.values().stream()
        .mapToInt(m -> m.values().stream().mapToInt(List::size).sum())
        .sum();
  }
}
