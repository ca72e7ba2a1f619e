package org.talentbruecke.opening.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.shared.application.NotFound;

/**
 * The employer's preview: one of their openings (a draft too) exactly as job seekers will see it,
 * with what can be done to it next. View-scoped so that its buttons (close, delete, reopen) are
 * still rendered, and so fire, on the postback.
 */
@Named
@ViewScoped
public class OpeningPreviewPage implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient OpeningService openings;
  @Inject private transient OpeningViews views;
  @Inject private transient CurrentOrganisation currentOrganisation;

  private Long id;
  private OpeningView view;
  private boolean published;
  private String status;

  /** Reads the opening named in the address; another organisation's opening is not found. */
  public void load() {
    try {
      long organisation = currentOrganisation.id().orElseThrow(() -> new NotFound("Organisation"));
      var opening = openings.get(organisation, id == null ? -1 : id);
      view = views.of(opening);
      published = opening.getStatus() == org.talentbruecke.opening.domain.OpeningStatus.PUBLISHED;
      status = opening.getStatus().name();
    } catch (NotFound e) {
      view = null;
    }
  }

  /** Published openings have candidates (the preview links to them). */
  public boolean isPublished() {
    return published;
  }

  /** DRAFT, PUBLISHED or CLOSED: which actions the preview offers. */
  public String getStatus() {
    return status;
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
