package org.talentbruecke.reference.domain;

import java.util.List;
import java.util.Objects;

/**
 * The labels and description of one concept in one language.
 *
 * @param preferredLabel the preferred term, never blank
 * @param altLabels alternative terms (synonyms, gendered forms), may be empty
 * @param hiddenLabels terms ESCO keeps only for search (old or misspelt forms), may be empty
 * @param description the description in this language, empty if the source had none
 */
public record LocalizedLabels(
    String preferredLabel, List<String> altLabels, List<String> hiddenLabels, String description) {

  public LocalizedLabels {
    Objects.requireNonNull(preferredLabel, "preferredLabel");
    altLabels = List.copyOf(altLabels);
    hiddenLabels = List.copyOf(hiddenLabels);
    description = description == null ? "" : description;
  }
}
