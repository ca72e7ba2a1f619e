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
  private boolean published;

  /** Reads the opening named in the address; another organisation's opening is not found. */
  public void load() {
    try {
      long organisation = currentOrganisation.id().orElseThrow(() -> new NotFound("Organisation"));
      var opening = openings.get(organisation, id == null ? -1 : id);
      view = views.of(opening);
      published = opening.getStatus() == org.talentbruecke.opening.domain.OpeningStatus.PUBLISHED;
    } catch (NotFound e) {
      view = null;
    }
  }

  /** Published openings have candidates (the preview links to them). */
  public boolean isPublished() {
    return published;
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
