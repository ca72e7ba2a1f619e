package org.talentbruecke.opening.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbruecke.opening.application.RequirementSuggestions;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/**
 * The editor's skill lists: what ESCO suggests for the occupation, what the employer has chosen or
 * added, and the label of every skill seen, so each list can be rendered as checkboxes.
 */
final class SkillChoices implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, ConceptOption> seen = new HashMap<>();
  private List<String> essential = List.of();
  private List<String> optional = List.of();

  void remember(Map<String, LocalizedLabel> more) {
    more.forEach((uri, label) -> seen.put(uri, ConceptOption.of(uri, label)));
  }

  void suggest(RequirementSuggestions.SuggestedSkills suggested) {
    essential = uris(suggested.essential());
    optional = uris(suggested.optional());
  }

  /** Adds a skill found by type-ahead to a list of chosen URIs (once). */
  void add(ConceptOption skill, List<String> chosen) {
    if (skill == null) {
      return;
    }
    seen.put(skill.getUri(), skill);
    if (!chosen.contains(skill.getUri())) {
      chosen.add(skill.getUri());
    }
  }

  /** The chosen skills first, then the suggestions not chosen yet. */
  List<ConceptOption> options(List<String> chosen, List<String> suggested) {
    Set<String> all = new LinkedHashSet<>(chosen);
    all.addAll(suggested);
    List<ConceptOption> options = new ArrayList<>();
    all.forEach(uri -> options.add(seen.getOrDefault(uri, ConceptOption.unknown(uri))));
    return options;
  }

  List<String> essential() {
    return essential;
  }

  List<String> optional() {
    return optional;
  }

  private List<String> uris(List<RequirementSuggestions.Choice> choices) {
    choices.forEach(c -> seen.put(c.uri(), OpeningEditorPage.option(c)));
    return choices.stream().map(RequirementSuggestions.Choice::uri).toList();
  }
}
