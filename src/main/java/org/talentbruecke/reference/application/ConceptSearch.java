package org.talentbruecke.reference.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.search.LabelSearchIndex;
import org.talentbruecke.reference.domain.search.SearchHit;

/**
 * Type-ahead search over skill and occupation labels, answered from memory. The index is built from
 * the database at start-up and rebuilt after every import, then swapped in whole, so searches never
 * see a half-built index.
 */
@ApplicationScoped
public class ConceptSearch {
  private static final Logger LOG = Logger.getLogger(ConceptSearch.class.getName());
  private static final Set<ConceptType> INDEXED =
      EnumSet.of(ConceptType.SKILL, ConceptType.OCCUPATION);

  @Inject private EscoStore store;

  /** Regional search words ESCO lacks, indexed as hidden labels (reference/search-synonyms.csv). */
  @Inject private SearchSynonyms synonyms;

  private volatile LabelSearchIndex index;

  /** Builds a new index from the database and swaps it in. */
  public void rebuild() {
    rebuild(store.searchable(INDEXED, LabelSearchIndex.DEFAULT_LANGUAGES));
  }

  /**
   * Builds a new index from concepts at hand and swaps it in; only for concepts that are exactly
   * what the database holds, e.g. right after the first import into empty tables.
   */
  public void rebuild(Iterable<EscoConcept> concepts) {
    long start = System.nanoTime();
    List<EscoConcept> withSynonyms = new java.util.ArrayList<>();
    concepts.forEach(c -> withSynonyms.add(synonyms.addTo(c)));
    LabelSearchIndex built =
        LabelSearchIndex.build(withSynonyms, INDEXED, LabelSearchIndex.DEFAULT_LANGUAGES);
    index = built;
    LOG.info(
        () ->
            String.format(
                "Search index built in %d ms: %d concepts, %d labels, ~%.1f MB",
                (System.nanoTime() - start) / 1_000_000,
                built.conceptCount(),
                built.labelCount(),
                built.estimatedBytes() / 1e6));
  }

  public boolean isReady() {
    return index != null;
  }

  /**
   * Finds concepts of one type, best first.
   *
   * @throws IllegalStateException while the index is still being built at start-up
   */
  public List<SearchHit> search(String query, String language, ConceptType type, int limit) {
    LabelSearchIndex current = index;
    if (current == null) {
      throw new IllegalStateException("The search index is not built yet");
    }
    return current.search(query, language, EnumSet.of(type), limit);
  }
}
