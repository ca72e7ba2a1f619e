package org.talentbruecke.profile.application;

import org.talentbruecke.reference.domain.ConceptType;

/**
 * Answers whether an ESCO concept of a given type exists, so profiles only point to real concepts.
 */
public interface ConceptCatalog {
  boolean exists(String uri, ConceptType type);
}
