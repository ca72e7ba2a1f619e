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
import org.talentbruecke.reference.domain.SkillSuggestionRanking;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/**
 * The editor's skills: one list of rows, the skills the employer has chosen first, then what ESCO
 * suggests for the occupation, the ones more published openings ask for first (decision 007). Each
 * row is ticked or not and, when ticked, a must-have or a nice-to-have; the rows write straight
 * into the form's two lists, so a skill is never both.
 */
final class SkillChoices implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String MUST = "MUST";
  static final String NICE = "NICE";

  private final Map<String, ConceptOption> seen = new HashMap<>();
  private final Map<String, Boolean> knowledge = new HashMap<>();
  private List<String> essential = List.of();
  private List<String> optional = List.of();
  private final List<Row> rows = new ArrayList<>();

  void remember(Map<String, LocalizedLabel> more) {
    more.forEach((uri, label) -> seen.put(uri, ConceptOption.of(uri, label)));
  }

  void suggest(RequirementSuggestions.SuggestedSkills suggested) {
    essential = uris(suggested.essential());
    optional = uris(suggested.optional());
  }

  /**
   * Adds a skill found by type-ahead to one list of chosen URIs (and takes it out of the other).
   */
  void add(ConceptOption skill, List<String> chosen, List<String> other) {
    if (skill == null) {
      return;
    }
    seen.put(skill.getUri(), skill);
    other.remove(skill.getUri());
    if (!chosen.contains(skill.getUri())) {
      chosen.add(skill.getUri());
    }
  }

  /**
   * Builds the rows anew: the chosen skills (must-haves, then nice-to-haves) and after them the
   * suggestions not chosen, ranked; the first {@link SkillSuggestionRanking#FIRST} of those are
   * shown before "show all". Called after each action, never while a request writes into the rows.
   */
  void arrange(OpeningForm form, Map<String, Long> openingsAsking) {
    rows.clear();
    Set<String> chosen = new LinkedHashSet<>(form.getMustHave());
    chosen.addAll(form.getNiceToHave());
    chosen.forEach(uri -> rows.add(new Row(option(uri), form, true, essential.contains(uri))));
    List<SkillSuggestionRanking.Suggestion> suggestions = new ArrayList<>();
    essential.forEach(
        uri -> suggestions.add(new SkillSuggestionRanking.Suggestion(uri, true, knows(uri))));
    optional.forEach(
        uri -> suggestions.add(new SkillSuggestionRanking.Suggestion(uri, false, knows(uri))));
    int shown = 0;
    for (SkillSuggestionRanking.Suggestion s :
        SkillSuggestionRanking.rank(suggestions, openingsAsking)) {
      if (!chosen.contains(s.uri())) {
        rows.add(
            new Row(option(s.uri()), form, shown++ < SkillSuggestionRanking.FIRST, s.essential()));
      }
    }
  }

  List<Row> rows() {
    return rows;
  }

  /** How many suggestions there are (chosen or not), for "show all". */
  int size() {
    return rows.size();
  }

  private boolean knows(String uri) {
    return knowledge.getOrDefault(uri, false);
  }

  private ConceptOption option(String uri) {
    return seen.getOrDefault(uri, ConceptOption.unknown(uri));
  }

  private List<String> uris(List<RequirementSuggestions.Choice> choices) {
    choices.forEach(
        c -> {
          seen.put(c.uri(), OpeningEditorPage.option(c));
          knowledge.put(c.uri(), c.knowledge());
        });
    return choices.stream().map(RequirementSuggestions.Choice::uri).toList();
  }

  /** One skill in the list: ticked or not, and whether it is a must-have or a nice-to-have. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ConceptOption concept;
    private final OpeningForm form;
    private final boolean first;
    private String kind;

    Row(ConceptOption concept, OpeningForm form, boolean first, boolean essential) {
      this.concept = concept;
      this.form = form;
      this.first = first;
      // Unticked, a skill ESCO calls essential would be a must-have, any other a nice-to-have.
      this.kind = essential ? MUST : NICE;
    }

    public ConceptOption getConcept() {
      return concept;
    }

    /** Shown before "show all" (chosen skills are always shown). */
    public boolean isFirst() {
      return first;
    }

    public boolean isTicked() {
      return form.getMustHave().contains(uri()) || form.getNiceToHave().contains(uri());
    }

    public void setTicked(boolean ticked) {
      if (ticked == isTicked()) {
        return;
      }
      if (ticked) {
        list(kind).add(uri());
      } else {
        form.getMustHave().remove(uri());
        form.getNiceToHave().remove(uri());
      }
    }

    public String getKind() {
      if (form.getMustHave().contains(uri())) {
        return MUST;
      }
      return form.getNiceToHave().contains(uri()) ? NICE : kind;
    }

    public void setKind(String kind) {
      if (!MUST.equals(kind) && !NICE.equals(kind)) {
        return;
      }
      this.kind = kind;
      if (isTicked() && !list(kind).contains(uri())) {
        (MUST.equals(kind) ? form.getNiceToHave() : form.getMustHave()).remove(uri());
        list(kind).add(uri());
      }
    }

    private List<String> list(String k) {
      return MUST.equals(k) ? form.getMustHave() : form.getNiceToHave();
    }

    private String uri() {
      return concept.getUri();
    }
  }
}
