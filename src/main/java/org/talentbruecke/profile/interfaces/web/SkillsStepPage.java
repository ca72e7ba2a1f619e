package org.talentbruecke.profile.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.SelectEvent;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.profile.application.SkillsInDemand;
import org.talentbruecke.reference.application.OccupationSkills;
import org.talentbruecke.reference.domain.SkillSuggestionRanking;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/**
 * Step 2: skills. The skills ESCO lists for the chosen occupations are offered as suggestions, the
 * ones employers in the region ask for most first (decision 007): about ten are shown, the rest on
 * demand and filterable by typing; a ticked suggestion takes its level in the same row and joins
 * the person's skills on the one save. Other ESCO skills come from the type-ahead, and what ESCO
 * lacks is described in the person's own words. Every skill gets a level and whether it was used in
 * Germany.
 */
@Named
@ViewScoped
public class SkillsStepPage extends ProfileStepPage {
  private static final long serialVersionUID = 1L;

  @Inject private transient ConceptLookup concepts;
  @Inject private transient SkillsInDemand demand;

  private final List<SkillRow> skills = new ArrayList<>();
  private final List<SuggestionRow> suggestions = new ArrayList<>();
  private ConceptOption search;
  private String ownWords;

  @Override
  protected void fill(ProfileData saved) {
    Map<String, ConceptOption> options =
        concepts.options(saved.skills().stream().map(ProfileData.Skill::escoUri).toList());
    for (ProfileData.Skill s : saved.skills()) {
      ConceptOption concept = s.escoUri() == null ? null : options.get(s.escoUri());
      skills.add(new SkillRow(concept, s.description(), s.level(), s.usedInGermany()));
    }
    // The preferred occupation first, so its skills lead ESCO's order.
    List<OccupationSkills> of = new ArrayList<>();
    saved.occupations().stream()
        .sorted((a, b) -> Boolean.compare(b.preferred(), a.preferred()))
        .forEach(o -> concepts.skillsOf(o.escoUri()).ifPresent(of::add));
    suggest(of);
  }

  private void suggest(List<OccupationSkills> occupations) {
    if (occupations.isEmpty()) {
      return;
    }
    Map<String, ConceptOption> labels = new HashMap<>();
    List<SkillSuggestionRanking.Suggestion> inEscoOrder = new ArrayList<>();
    for (OccupationSkills o : occupations) {
      o.essential().forEach(s -> inEscoOrder.add(suggestion(s, true, labels)));
    }
    for (OccupationSkills o : occupations) {
      o.optional().forEach(s -> inEscoOrder.add(suggestion(s, false, labels)));
    }
    SkillSuggestionRanking.rank(inEscoOrder, demand.openingsAskingFor())
        .forEach(s -> suggestions.add(new SuggestionRow(labels.get(s.uri()))));
  }

  private static SkillSuggestionRanking.Suggestion suggestion(
      OccupationSkills.ConceptLabel label, boolean essential, Map<String, ConceptOption> labels) {
    labels.putIfAbsent(
        label.uri(), new ConceptOption(label.uri(), label.label(), label.language(), ""));
    return new SkillSuggestionRanking.Suggestion(label.uri(), essential, label.knowledge());
  }

  @Override
  protected ProfileData applyTo(ProfileData saved) {
    return saved.withSkills(
        skills.stream()
            .map(
                s ->
                    new ProfileData.Skill(
                        s.getUri(), s.getDescription(), s.getLevel(), s.isUsedInGermany()))
            .toList());
  }

  @Override
  public ProfileStep getStep() {
    return ProfileStep.SKILLS;
  }

  /**
   * The one save: ticked suggestions join the person's skills with their levels first, so that a
   * refused save (a level missing) shows them in the list with the message beside their level.
   */
  @Override
  public String save() {
    Set<String> chosen = chosenUris();
    for (SuggestionRow row : getSuggestions()) {
      if (row.isTicked() && !chosen.contains(row.getUri())) {
        skills.add(new SkillRow(row.getConcept(), null, blankToNull(row.getLevel()), false));
      }
      row.setTicked(false);
      row.setLevel(null);
    }
    return super.save();
  }

  private static String blankToNull(String value) {
    return blank(value) ? null : value;
  }

  public void addFound(SelectEvent<ConceptOption> event) {
    ConceptOption picked = event.getObject();
    if (picked != null && !chosenUris().contains(picked.getUri())) {
      skills.add(new SkillRow(picked, null, null, false));
    }
    search = null;
  }

  public void addOwnWords() {
    if (!blank(ownWords)) {
      skills.add(new SkillRow(null, ownWords.strip(), null, false));
    }
    ownWords = null;
  }

  public void remove(SkillRow row) {
    skills.remove(row);
  }

  private Set<String> chosenUris() {
    return skills.stream().map(SkillRow::getUri).filter(u -> u != null).collect(Collectors.toSet());
  }

  /** The suggestions not among the person's skills yet, best first. */
  public List<SuggestionRow> getSuggestions() {
    Set<String> chosen = chosenUris();
    return suggestions.stream().filter(s -> !chosen.contains(s.getUri())).toList();
  }

  /** How many suggestions are shown before "show all". */
  public int getFirst() {
    return SkillSuggestionRanking.FIRST;
  }

  public List<SkillRow> getSkills() {
    return skills;
  }

  public ConceptOption getSearch() {
    return search;
  }

  public void setSearch(ConceptOption search) {
    this.search = search;
  }

  public String getOwnWords() {
    return ownWords;
  }

  public void setOwnWords(String ownWords) {
    this.ownWords = ownWords;
  }

  /** One skill in the list: an ESCO concept or the person's own description. */
  public static final class SkillRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ConceptOption concept;
    private String description;
    private String level;
    private boolean usedInGermany;

    SkillRow(ConceptOption concept, String description, String level, boolean usedInGermany) {
      this.concept = concept;
      this.description = description;
      this.level = level;
      this.usedInGermany = usedInGermany;
    }

    public ConceptOption getConcept() {
      return concept;
    }

    public String getUri() {
      return concept == null ? null : concept.getUri();
    }

    public boolean isOwnWords() {
      return concept == null;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getLevel() {
      return level;
    }

    public void setLevel(String level) {
      this.level = level;
    }

    public boolean isUsedInGermany() {
      return usedInGermany;
    }

    public void setUsedInGermany(boolean usedInGermany) {
      this.usedInGermany = usedInGermany;
    }
  }

  /** One suggestion: ticked or not, and the level the person gives it in the same row. */
  public static final class SuggestionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ConceptOption concept;
    private boolean ticked;
    private String level;

    SuggestionRow(ConceptOption concept) {
      this.concept = concept;
    }

    public ConceptOption getConcept() {
      return concept;
    }

    public String getUri() {
      return concept.getUri();
    }

    public boolean isTicked() {
      return ticked;
    }

    public void setTicked(boolean ticked) {
      this.ticked = ticked;
    }

    public String getLevel() {
      return level;
    }

    public void setLevel(String level) {
      this.level = level;
    }
  }
}
