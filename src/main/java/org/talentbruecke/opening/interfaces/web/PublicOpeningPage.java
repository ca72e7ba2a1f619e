package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.shared.application.NotFound;

/** One published opening with all its requirements, as job seekers see it. */
@Named
@RequestScoped
public class PublicOpeningPage {
  @Inject private OpeningService openings;
  @Inject private OpeningViews views;

  private Long id;
  private OpeningView view;

  /** Reads the opening named in the address; drafts, closed and expired ones are not found. */
  public void load() {
    try {
      view = views.of(openings.published(id == null ? -1 : id));
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
