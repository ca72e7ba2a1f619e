package org.talentbruecke.reference.domain.glossary;

import java.util.List;
import java.util.Optional;

/** The terms of the glossary, in file order. */
public record Glossary(List<GlossaryTerm> terms) {

  /** The languages every term is given in; German is the source. */
  public static final List<String> LANGUAGES = List.of("de", "en", "ar", "uk", "tr");

  public Glossary {
    terms = List.copyOf(terms);
  }

  public Optional<GlossaryTerm> find(String id) {
    return terms.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
