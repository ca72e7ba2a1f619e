package org.talentbruecke.profile.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.SelectEvent;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/** Step 1: the ESCO occupations the person looks for, one of them preferred. */
@Named
@ViewScoped
public class OccupationsStepPage extends ProfileStepPage {
  private static final long serialVersionUID = 1L;

  @Inject private transient ConceptLookup concepts;

  private final List<ConceptOption> chosen = new ArrayList<>();
  private String preferred;
  private ConceptOption search;

  @Override
  protected void fill(ProfileData saved) {
    Map<String, ConceptOption> options =
        concepts.options(
            saved.occupations().stream().map(ProfileData.Occupation::escoUri).toList());
    for (ProfileData.Occupation o : saved.occupations()) {
      chosen.add(options.get(o.escoUri()));
      if (o.preferred()) {
        preferred = o.escoUri();
      }
    }
  }

  @Override
  protected ProfileData applyTo(ProfileData saved) {
    return saved.withOccupations(
        chosen.stream()
            .map(o -> new ProfileData.Occupation(o.getUri(), o.getUri().equals(preferred)))
            .toList());
  }

  @Override
  public ProfileStep getStep() {
    return ProfileStep.OCCUPATIONS;
  }

  /** Adds the occupation picked in the type-ahead; the first one becomes the preferred one. */
  public void add(SelectEvent<ConceptOption> event) {
    ConceptOption picked = event.getObject();
    if (picked != null && !chosen.contains(picked)) {
      chosen.add(picked);
      if (preferred == null) {
        preferred = picked.getUri();
      }
    }
    search = null;
  }

  public void remove(ConceptOption occupation) {
    chosen.remove(occupation);
    if (occupation.getUri().equals(preferred)) {
      preferred = chosen.isEmpty() ? null : chosen.get(0).getUri();
    }
  }

  public List<ConceptOption> getChosen() {
    return chosen;
  }

  public String getPreferred() {
    return preferred;
  }

  public void setPreferred(String preferred) {
    this.preferred = preferred;
  }

  public ConceptOption getSearch() {
    return search;
  }

  public void setSearch(ConceptOption search) {
    this.search = search;
  }
}
