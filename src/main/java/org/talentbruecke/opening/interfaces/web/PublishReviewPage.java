package org.talentbruecke.opening.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.AdCheckFindingsPending;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationNotVerified;
import org.talentbruecke.opening.domain.InvalidOpeningState;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningStatus;
import org.talentbruecke.opening.domain.adcheck.Finding;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * Shown when the fair job-ad check stops a publication: the findings, a form to fix the text and
 * check again, and "publish anyway" behind an explicit confirmation.
 */
@Named
@ViewScoped
public class PublishReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String HOME = "/employer/index?faces-redirect=true";
  private static final Map<String, String> FIELDS =
      Map.of("title", "fix:title", "description", "fix:description");

  @Inject private transient CurrentUser currentUser;
  @Inject private transient CurrentOrganisation currentOrganisation;
  @Inject private transient OpeningService openings;
  @Inject private transient FacesMessages messages;
  @Inject private transient LocaleBean localeBean;

  private Long openingId;
  private boolean found;
  private String title;
  private String description;
  private boolean confirmed;
  private List<FindingView> findings = List.of();

  /** Reads the draft named in the address; anything else is reported as not found. */
  public void load() {
    try {
      Opening opening = openings.get(organisationId(), openingId == null ? -1 : openingId);
      found = opening.getStatus() == OpeningStatus.DRAFT;
      title = opening.getTitle();
      description = opening.getDescription();
      show(openings.findings(organisationId(), opening.getId(), localeBean.getLocale()));
    } catch (NotFound e) {
      found = false;
    }
  }

  /** Saves the fixed text, checks it again, and publishes when nothing is left. */
  public String saveAndPublish() {
    try {
      openings.revise(organisationId(), openingId, title, description);
    } catch (ValidationFailure failure) {
      messages.show(failure, FIELDS);
      return null;
    }
    return publish(false);
  }

  /** Publishes the saved text despite its findings, once the employer has confirmed it. */
  public String publishAnyway() {
    if (!confirmed) {
      messages.error("anyway:confirm", "adcheck.confirmRequired");
      return null;
    }
    return publish(true);
  }

  private String publish(boolean acknowledge) {
    try {
      Opening opening =
          openings.publish(
              organisationId(),
              openingId,
              currentUser.requireId(),
              acknowledge,
              localeBean.getLocale());
      messages.info("opening.published", opening.getTitle());
      messages.keepForNextRequest();
      return HOME;
    } catch (AdCheckFindingsPending pending) {
      show(pending.findings());
      messages.error(null, "adcheck.stillFindings");
    } catch (OrganisationNotVerified e) {
      messages.error(null, "opening.notVerified");
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
    }
    return null;
  }

  private void show(List<Finding> current) {
    findings = current.stream().map(FindingView::new).toList();
    confirmed = false;
  }

  private long organisationId() {
    return currentOrganisation.id().orElseThrow(() -> new NotFound("Organisation"));
  }

  public List<FindingView> getFindings() {
    return findings;
  }

  public boolean isFound() {
    return found;
  }

  public Long getOpeningId() {
    return openingId;
  }

  public void setOpeningId(Long openingId) {
    this.openingId = openingId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
