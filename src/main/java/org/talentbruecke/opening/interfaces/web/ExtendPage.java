package org.talentbruecke.opening.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.domain.InvalidOpeningState;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningStatus;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * Lets a published opening run longer: a date field limited to tomorrow up to 60 days ahead (the
 * browser's picker shows the limits; the service enforces them and explains a date outside).
 */
@Named
@ViewScoped
public class ExtendPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("lastDay", "extend:lastDay");

  @Inject private transient CurrentOrganisation currentOrganisation;
  @Inject private transient OpeningService openings;
  @Inject private transient FacesMessages messages;

  private Long openingId;
  private boolean found;
  private String title;
  private LocalDate currentLastDay;
  private LocalDate lastDay;

  /** Reads the published opening named in the address; anything else is not found. */
  public void load() {
    try {
      Opening opening = openings.get(organisationId(), openingId == null ? -1 : openingId);
      found = opening.getStatus() == OpeningStatus.PUBLISHED;
      title = opening.getTitle();
      currentLastDay = OpeningService.lastDay(opening);
    } catch (NotFound e) {
      found = false;
    }
  }

  public String extend() {
    try {
      Opening opening = openings.extend(organisationId(), openingId, lastDay);
      messages.info("opening.extended", opening.getTitle());
      messages.keepForNextRequest();
      return "/employer/index?faces-redirect=true";
    } catch (ValidationFailure failure) {
      messages.show(failure, FIELDS);
    } catch (NotFound | InvalidOpeningState e) {
      messages.error(null, "opening.notFound");
    }
    return null;
  }

  private long organisationId() {
    return currentOrganisation.id().orElseThrow(() -> new NotFound("Organisation"));
  }

  /** The earliest day the field offers (ISO, for the date input's min). */
  public String getEarliest() {
    return openings.earliestLastDay().toString();
  }

  /** The latest day the field offers (ISO, for the date input's max). */
  public String getLatest() {
    return openings.latestLastDay().toString();
  }

  /** The earliest day as an instant at noon in the region, for {@code formats.date}. */
  public java.time.Instant getEarliestDay() {
    return noon(openings.earliestLastDay());
  }

  /** The latest day as an instant at noon in the region, for {@code formats.date}. */
  public java.time.Instant getLatestDay() {
    return noon(openings.latestLastDay());
  }

  /** The current last day online as an instant at noon, or null when there is none. */
  public java.time.Instant getCurrentLastDayShown() {
    return currentLastDay == null ? null : noon(currentLastDay);
  }

  private static java.time.Instant noon(LocalDate day) {
    return day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant();
  }

  public boolean isFound() {
    return found;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getCurrentLastDay() {
    return currentLastDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public Long getOpeningId() {
    return openingId;
  }

  public void setOpeningId(Long openingId) {
    this.openingId = openingId;
  }
}
