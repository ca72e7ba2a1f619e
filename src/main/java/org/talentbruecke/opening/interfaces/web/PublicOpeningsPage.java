package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.talentbruecke.opening.application.OpeningFilterParser;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.domain.GermanRequirement;
import org.talentbruecke.opening.domain.LanguageLevel;
import org.talentbruecke.opening.domain.Municipality;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.opening.domain.WorkingHours;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/** The public list of published openings, filtered by municipality, hours and German level (GET). */
@Named
@RequestScoped
public class PublicOpeningsPage {
  @Inject private OpeningService openings;
  @Inject private OpeningFilterParser filters;
  @Inject private FacesMessages messages;

  private String municipality;
  private String hours;
  private String maxGermanLevel;
  private List<Row> rows;

  /** One opening as the list shows it, flattened for the page. */
  public record Row(long id, String title, String description, String place, String hours, int positions,
      LocalDate startDate, String german, String kind, boolean openToLearners, boolean languageCourse) {
    public long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getPlace() { return place; }
    public String getHours() { return hours; }
    public int getPositions() { return positions; }
    public LocalDate getStartDate() { return startDate; }
    public String getGerman() { return german; }
    public String getKind() { return kind; }
    public boolean isOpenToLearners() { return openToLearners; }
    public boolean isLanguageCourse() { return languageCourse; }
  }

  public List<Row> getRows() {
    if (rows == null) {
      try {
        rows = openings.published(filters.filter(municipality, hours, maxGermanLevel)).stream().map(PublicOpeningsPage::row).toList();
      } catch (ValidationFailure failure) {
        messages.show(failure, Map.of());
        rows = List.of();
      }
    }
    return rows;
  }

  private static Row row(Opening o) {
    OpeningDetails d = o.getDetails();
    return new Row(o.getId(), o.getTitle(), o.getDescription(), Municipality.name(d.getMunicipality()).orElse(null),
        d.getHours() == null ? null : d.getHours().name(), d.getPositions(), d.getStartDate(), german(d.getGerman()),
        d.getKind().name(), d.isOpenToLearners(), d.isOffersLanguageCourse());
  }

  // The highest level asked for in any sub-skill is what a job seeker compares with first.
  private static String german(GermanRequirement g) {
    return java.util.stream.Stream.of(g.getListening(), g.getReading(), g.getSpokenInteraction(), g.getSpokenProduction(), g.getWriting())
        .filter(java.util.Objects::nonNull).max(Enum::compareTo).map(LanguageLevel::name).orElse(null);
  }

  /** Code and name of each municipality, in official order. */
  public List<Map.Entry<String, String>> getMunicipalities() {
    return List.copyOf(Municipality.all().entrySet());
  }

  public List<String> getHoursOptions() {
    return java.util.Arrays.stream(WorkingHours.values()).map(Enum::name).toList();
  }

  public List<String> getLevels() {
    return java.util.Arrays.stream(LanguageLevel.values()).map(Enum::name).toList();
  }

  public String getMunicipality() { return municipality; }
  public void setMunicipality(String municipality) { this.municipality = municipality; }
  public String getHours() { return hours; }
  public void setHours(String hours) { this.hours = hours; }
  public String getMaxGermanLevel() { return maxGermanLevel; }
  public void setMaxGermanLevel(String maxGermanLevel) { this.maxGermanLevel = maxGermanLevel; }
}
