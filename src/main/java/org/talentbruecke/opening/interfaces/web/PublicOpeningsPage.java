package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.talentbruecke.opening.application.ConceptLabels;
import org.talentbruecke.opening.application.OpeningFilterParser;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.opening.domain.OpeningResults;
import org.talentbruecke.opening.domain.OpeningSearch;
import org.talentbruecke.opening.domain.OpeningSort;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.work.WorkingHours;
import org.talentbruecke.reference.interfaces.web.ConceptOption;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * The public list of published openings (GET): filtered by occupation, municipality, hours and
 * German level, searched by keyword, sorted and paged. Every choice is a query parameter, so a list
 * can be shared and the back button works.
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
  @Inject private OrganisationService organisations;
  @Inject private OpeningViews views;

  private String occupation;
  private Map<String, LocalizedLabel> occupationNames;
  private String municipality;
  private String hours;
  private String maxGermanLevel;
  private String keyword;
  private String sort;
  private String near;
  private String page;
  private List<Row> rows;
  private OpeningResults results;
  private OpeningSearch search;

  /** One opening as the list shows it, flattened for the page. */
  public record Row(
      long id,
      String title,
      String description,
      String place,
      String employer,
      String pay,
      java.time.Instant expiresAt,
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

    public String getEmployer() {
      return employer;
    }

    public String getPay() {
      return pay;
    }

    /** Until when the opening is visible: what "closing soon" sorts by. */
    public java.time.Instant getExpiresAt() {
      return expiresAt;
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
        search =
            filters.search(
                occupation, municipality, hours, maxGermanLevel, keyword, sort, near, page);
        results = openings.search(search);
        List<Opening> found = results.openings();
        Map<String, LocalizedLabel> names = labels.forOpenings(found, localeBean.getLocale());
        Map<Long, String> employers = new HashMap<>();
        rows = found.stream().map(o -> row(o, names, employers)).toList();
      } catch (ValidationFailure failure) {
        messages.show(failure, Map.of());
        rows = List.of();
      }
    }
    return rows;
  }

  /** How many openings match in all pages. */
  public long getTotal() {
    getRows();
    return results == null ? 0 : results.total();
  }

  /** The page shown, 1-based. */
  public int getCurrentPage() {
    getRows();
    return results == null ? 1 : results.page();
  }

  public int getPages() {
    getRows();
    return results == null ? 1 : results.pages();
  }

  /** The order actually used (an unknown one falls back to newest). */
  public String getSortUsed() {
    getRows();
    return search == null ? OpeningSort.NEWEST.name() : search.sort().name();
  }

  public List<String> getSorts() {
    return Arrays.stream(OpeningSort.values()).map(Enum::name).toList();
  }

  /** Whether any filter or keyword narrows the list: the empty state then says to widen it. */
  public boolean isNarrowed() {
    return Stream.of(occupation, municipality, hours, maxGermanLevel, keyword)
        .anyMatch(v -> v != null && !v.isBlank());
  }

  /** The query string of this list on another page: same filters, keyword and order. */
  public String pageQuery(int target) {
    StringBuilder query = new StringBuilder();
    append(query, "q", keyword);
    append(query, "occupation", occupation);
    append(query, "municipality", municipality);
    append(query, "hours", hours);
    append(query, "maxGermanLevel", maxGermanLevel);
    append(query, "sort", sort);
    append(query, "near", near);
    append(query, "page", Integer.toString(target));
    return query.toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  private Row row(Opening o, Map<String, LocalizedLabel> names, Map<Long, String> employers) {
    OpeningDetails d = o.getDetails();
    String occupationUri = o.getRequirements().basics().getOccupationUri();
    String employer =
        employers.computeIfAbsent(
            o.getOrganisationId(),
            id -> organisations.find(id).map(Organisation::getName).orElse(""));
    return new Row(
        o.getId(),
        o.getTitle(),
        o.getDescription(),
        municipalities.name(d.getMunicipality()),
        employer,
        views.pay(d.getPayMin(), d.getPayMax(), localeBean.getLocale()),
        o.getExpiresAt(),
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

  public String getKeyword() {
    return keyword;
  }

  public void setKeyword(String keyword) {
    this.keyword = keyword;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getNear() {
    return near;
  }

  public void setNear(String near) {
    this.near = near;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
