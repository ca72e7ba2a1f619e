package org.talentbruecke.opening.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.reference.domain.ConceptType;

/**
 * What the opening context needs to know about ESCO concepts: whether one exists, how to label it
 * in the reader's language, and an occupation's ISCO-08 unit group and ESCO regulation note.
 */
public interface Vocabulary {
  boolean exists(String uri, ConceptType type);

  /** Label per URI in {@code language}, else German, else English; unknown URIs are left out. */
  Map<String, String> labels(Collection<String> uris, String language);

  /** The occupation's facts, empty if it is not an ESCO occupation. */
  Optional<OccupationFacts> occupation(String occupationUri);

  /**
   * @param iscoCode the 4-digit ISCO-08 unit group (may be empty when ESCO has none)
   * @param escoRegulated true when ESCO itself marks the occupation as a regulated profession
   */
  record OccupationFacts(String uri, String iscoCode, boolean escoRegulated) {}
}
