package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.talentbruecke.opening.application.ConceptLabels;
import org.talentbruecke.opening.application.OpeningFilterParser;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.work.WorkingHours;
import org.talentbruecke.reference.interfaces.web.ConceptOption;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * The public list of published openings, filtered by municipality, hours and German level (GET).
 */
@Named
@RequestScoped
public class PublicOpeningsPage {
  @Inject private OpeningService openings;
  @Inject private OpeningFilterParser filters;
  @Inject private FacesMessages messages;
  @Inject private ConceptLabels labels;
  @Inject private LocaleBean localeBean;
  @Inject private Municipalities municipalities;

  private String occupation;
  private Map<String, LocalizedLabel> occupationNames;
  private String municipality;
  private String hours;
  private String maxGermanLevel;
  private List<Row> rows;

  /** One opening as the list shows it, flattened for the page. */
  public record Row(
      long id,
      String title,
      String description,
      String place,
      String hours,
      int positions,
      LocalDate startDate,
      String german,
      String kind,
      boolean openToLearners,
      boolean languageCourse,
      ConceptOption occupation) {
    /** The occupation's label, marked on the page with the language it is in. */
    public ConceptOption getOccupation() {
      return occupation;
    }

    public long getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public String getDescription() {
      return description;
    }

    public String getPlace() {
      return place;
    }

    public String getHours() {
      return hours;
    }

    public int getPositions() {
      return positions;
    }

    public LocalDate getStartDate() {
      return startDate;
    }

    public String getGerman() {
      return german;
    }

    public String getKind() {
      return kind;
    }

    public boolean isOpenToLearners() {
      return openToLearners;
    }

    public boolean isLanguageCourse() {
      return languageCourse;
    }
  }

  public List<Row> getRows() {
    if (rows == null) {
      try {
        List<Opening> found =
            openings.published(filters.filter(occupation, municipality, hours, maxGermanLevel));
        Map<String, LocalizedLabel> names = labels.forOpenings(found, localeBean.getLocale());
        rows = found.stream().map(o -> row(o, names)).toList();
      } catch (ValidationFailure failure) {
        messages.show(failure, Map.of());
        rows = List.of();
      }
    }
    return rows;
  }

  private Row row(Opening o, Map<String, LocalizedLabel> names) {
    OpeningDetails d = o.getDetails();
    String occupationUri = o.getRequirements().basics().getOccupationUri();
    return new Row(
        o.getId(),
        o.getTitle(),
        o.getDescription(),
        municipalities.name(d.getMunicipality()),
        d.getHours() == null ? null : d.getHours().name(),
        d.getPositions(),
        d.getStartDate(),
        german(d.getGerman()),
        d.getKind().name(),
        d.isOpenToLearners(),
        d.isOffersLanguageCourse(),
        occupationUri == null || !names.containsKey(occupationUri)
            ? null
            : ConceptOption.of(occupationUri, names.get(occupationUri)));
  }

  // The highest level asked for in any sub-skill is what a job seeker compares with first.
  private static String german(CefrSkillLevels g) {
    return g.highest().map(CefrLevel::name).orElse(null);
  }

  /** The occupations of published openings, by label, for the occupation filter. */
  public List<ConceptOption> getOccupations() {
    if (occupationNames == null) {
      occupationNames = labels.of(openings.publishedOccupations(), localeBean.getLocale());
    }
    java.text.Collator collator = java.text.Collator.getInstance(localeBean.getLocale());
    return occupationNames.entrySet().stream()
        .map(e -> ConceptOption.of(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(ConceptOption::getLabel, collator))
        .toList();
  }

  public String getOccupation() {
    return occupation;
  }

  public void setOccupation(String occupation) {
    this.occupation = occupation;
  }

  /** Code and name of each municipality, in official order. */
  public List<Map.Entry<String, String>> getMunicipalities() {
    return municipalities.choices();
  }

  public List<String> getHoursOptions() {
    return java.util.Arrays.stream(WorkingHours.values()).map(Enum::name).toList();
  }

  public List<String> getLevels() {
    return java.util.Arrays.stream(CefrLevel.values()).map(Enum::name).toList();
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getMaxGermanLevel() {
    return maxGermanLevel;
  }

  public void setMaxGermanLevel(String maxGermanLevel) {
    this.maxGermanLevel = maxGermanLevel;
  }
}
