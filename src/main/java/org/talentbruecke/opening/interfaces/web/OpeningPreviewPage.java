package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.shared.application.NotFound;

/**
 * The employer's preview: one of their openings (a draft too) exactly as job seekers will see it.
 */
@Named
@RequestScoped
public class OpeningPreviewPage {
  @Inject private OpeningService openings;
  @Inject private OpeningViews views;
  @Inject private CurrentOrganisation currentOrganisation;

  private Long id;
  private OpeningView view;

  /** Reads the opening named in the address; another organisation's opening is not found. */
  public void load() {
    try {
      long organisation = currentOrganisation.id().orElseThrow(() -> new NotFound("Organisation"));
      view = views.of(openings.get(organisation, id == null ? -1 : id));
    } catch (NotFound e) {
      view = null;
    }
  }

  public OpeningView getView() {
    return view;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
