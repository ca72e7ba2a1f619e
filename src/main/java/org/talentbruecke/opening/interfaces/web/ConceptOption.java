package org.talentbruecke.opening.interfaces.web;

import java.io.Serializable;
import java.util.Objects;
import org.talentbruecke.opening.application.RequirementSuggestions;

/** An ESCO concept as the editor's type-ahead fields and skill lists show it. */
public final class ConceptOption implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String uri;
  private final String label;

  public ConceptOption(String uri, String label) {
    this.uri = Objects.requireNonNull(uri);
    this.label = label == null ? uri : label;
  }

  static ConceptOption of(RequirementSuggestions.Choice choice) {
    return new ConceptOption(choice.uri(), choice.label());
  }

  public String getUri() {
    return uri;
  }

  public String getLabel() {
    return label;
  }

  // Equal by URI: the type-ahead compares the selected item with the suggestions this way.
  @Override
  public boolean equals(Object other) {
    return other instanceof ConceptOption o && o.uri.equals(uri);
  }

  @Override
  public int hashCode() {
    return uri.hashCode();
  }

  @Override
  public String toString() {
    return uri;
  }
}
