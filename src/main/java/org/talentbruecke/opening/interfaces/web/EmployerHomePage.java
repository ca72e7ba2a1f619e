package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.AdCheckFindingsPending;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationNotVerified;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.InvalidOpeningState;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/** The employer's start page: their organisation, its verification, and its openings. */
@Named
@RequestScoped
public class EmployerHomePage {
  private static final Map<String, String> FIELDS =
      Map.of("title", "newOpening:title", "description", "newOpening:description");

  @Inject private CurrentUser currentUser;
  @Inject private CurrentOrganisation currentOrganisation;
  @Inject private OrganisationService organisations;
  @Inject private OpeningService openings;
  @Inject private FacesMessages messages;
  @Inject private LocaleBean localeBean;
  @Inject private org.talentbruecke.opening.application.CandidatePipeline pipeline;
  @Inject private java.time.Clock clock;

  /** Published openings that expire within this many days get a reminder on the page. */
  static final int REMINDER_DAYS = 7;

  private Map<Long, org.talentbruecke.opening.domain.PipelineCounts> counts;

  private Optional<Organisation> organisation;
  private List<Opening> list;
  private String title;
  private String description;

  public Organisation getOrganisation() {
    if (organisation == null) {
      organisation = organisationId().flatMap(organisations::find);
    }
    return organisation.orElse(null);
  }

  public boolean isVerified() {
    return getOrganisation() != null && getOrganisation().isVerified();
  }

  public List<Opening> getOpenings() {
    if (list == null) {
      list = organisationId().map(openings::ofOrganisation).orElse(List.of());
    }
    return list;
  }

  /**
   * Candidates per stage for each of the organisation's openings (zero until matching records any).
   */
  public org.talentbruecke.opening.domain.PipelineCounts counts(Opening opening) {
    if (counts == null) {
      counts = pipeline.counts(getOpenings().stream().map(Opening::getId).toList());
    }
    return counts.getOrDefault(
        opening.getId(), org.talentbruecke.opening.domain.PipelineCounts.NONE);
  }

  /**
   * Published openings that stop being visible within {@link #REMINDER_DAYS} days, soonest first.
   */
  public List<Opening> getExpiringSoon() {
    java.time.Instant now = clock.instant();
    return getOpenings().stream()
        .filter(o -> o.expiresWithin(now, java.time.Duration.ofDays(REMINDER_DAYS)))
        .sorted(java.util.Comparator.comparing(Opening::getExpiresAt))
        .toList();
  }

  public void createDraft() {
    try {
      openings.createDraft(organisationId().orElseThrow(), title, description);
      messages.info("opening.draftSaved", title);
      title = null;
      description = null;
      list = null;
    } catch (ValidationFailure failure) {
      messages.show(failure, FIELDS);
    }
  }

  /** Publishes a draft, or opens the review of its fair job-ad findings when there are any. */
  public String publish(long openingId) {
    try {
      Opening opening =
          openings.publish(
              organisationId().orElseThrow(),
              openingId,
              currentUser.requireId(),
              false,
              localeBean.getLocale());
      messages.info("opening.published", opening.getTitle());
    } catch (AdCheckFindingsPending e) {
      return "/employer/publish?faces-redirect=true&opening=" + openingId;
    } catch (OrganisationNotVerified e) {
      messages.error(null, "opening.notVerified");
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
    }
    list = null;
    return null;
  }

  /** Ends one of the organisation's published openings. */
  public void close(long openingId) {
    try {
      Opening opening =
          openings.close(organisationId().orElseThrow(), openingId, currentUser.requireId());
      messages.info("opening.closed", opening.getTitle());
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
    }
    list = null;
  }

  private Optional<Long> organisationId() {
    return currentOrganisation.id();
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
}
