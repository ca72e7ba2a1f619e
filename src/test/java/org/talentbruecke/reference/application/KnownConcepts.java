package org.talentbruecke.reference.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.LocalizedLabel;

/** A vocabulary for tests without a database: knows the concepts a rule accepts, no labels. */
public final class KnownConcepts implements Vocabulary {
  private final BiPredicate<String, ConceptType> known;

  private KnownConcepts(BiPredicate<String, ConceptType> known) {
    this.known = known;
  }

  public static Vocabulary where(BiPredicate<String, ConceptType> known) {
    return new KnownConcepts(known);
  }

  @Override
  public boolean exists(String uri) {
    for (ConceptType type : ConceptType.values()) {
      if (known.test(uri, type)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean exists(String uri, ConceptType type) {
    return known.test(uri, type);
  }

  @Override
  public Map<String, LocalizedLabel> labels(Collection<String> uris, List<String> order) {
    return Map.of();
  }

  @Override
  public Map<String, OccupationFacts> occupationFacts(Collection<String> occupationUris) {
    return Map.of();
  }
}
