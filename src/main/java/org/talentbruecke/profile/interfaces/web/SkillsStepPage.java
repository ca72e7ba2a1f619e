package org.talentbruecke.profile.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.SelectEvent;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.application.OccupationSkills;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/**
 * Step 2: skills. ESCO's essential and optional skills of the chosen occupations are offered to
 * tick; other ESCO skills come from the type-ahead, and what ESCO lacks is described in the
 * person's own words. Every skill gets a level and whether it was used in Germany.
 */
@Named
@ViewScoped
public class SkillsStepPage extends ProfileStepPage {
  private static final long serialVersionUID = 1L;

  @Inject private transient ConceptLookup concepts;

  private final List<SkillRow> skills = new ArrayList<>();
  private final Map<String, ConceptOption> essential = new LinkedHashMap<>();
  private final Map<String, ConceptOption> optional = new LinkedHashMap<>();
  private List<String> ticked = new ArrayList<>();
  private List<String> tickedOptional = new ArrayList<>();
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
    // The preferred occupation first, so its skills lead the suggestions.
    saved.occupations().stream()
        .sorted((a, b) -> Boolean.compare(b.preferred(), a.preferred()))
        .forEach(o -> concepts.skillsOf(o.escoUri()).ifPresent(this::suggest));
  }

  private void suggest(OccupationSkills of) {
    of.essential().forEach(s -> essential.putIfAbsent(s.uri(), option(s)));
    of.optional()
        .forEach(
            s -> {
              if (!essential.containsKey(s.uri())) {
                optional.putIfAbsent(s.uri(), option(s));
              }
            });
  }

  private static ConceptOption option(OccupationSkills.ConceptLabel label) {
    return new ConceptOption(label.uri(), label.label(), label.language(), "");
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

  /** Adds the ticked suggestions that are not in the list yet. */
  public void addTicked() {
    List<String> all = new ArrayList<>(ticked);
    all.addAll(tickedOptional);
    for (String uri : all) {
      ConceptOption concept = essential.containsKey(uri) ? essential.get(uri) : optional.get(uri);
      if (concept != null && !chosenUris().contains(uri)) {
        skills.add(new SkillRow(concept, null, null, false));
      }
    }
    ticked = new ArrayList<>();
    tickedOptional = new ArrayList<>();
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

  /** Suggestions not chosen yet. */
  public List<ConceptOption> getEssential() {
    return open(essential);
  }

  public List<ConceptOption> getOptional() {
    return open(optional);
  }

  private List<ConceptOption> open(Map<String, ConceptOption> suggestions) {
    Set<String> chosen = chosenUris();
    return suggestions.values().stream().filter(o -> !chosen.contains(o.getUri())).toList();
  }

  public List<SkillRow> getSkills() {
    return skills;
  }

  public List<String> getTicked() {
    return ticked;
  }

  public void setTicked(List<String> ticked) {
    this.ticked = ticked == null ? new ArrayList<>() : new ArrayList<>(ticked);
  }

  public List<String> getTickedOptional() {
    return tickedOptional;
  }

  public void setTickedOptional(List<String> ticked) {
    this.tickedOptional = ticked == null ? new ArrayList<>() : new ArrayList<>(ticked);
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
}
