package org.talentbruecke.matching.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.OpeningFilter;
import org.talentbruecke.opening.domain.OpeningResults;
import org.talentbruecke.opening.domain.OpeningSearch;
import org.talentbruecke.opening.domain.OpeningSort;
import org.talentbruecke.opening.domain.Organisation;

/**
 * The published openings, newest first, for staff to open each one's candidates. Uses the public
 * listing of the opening context, so staff see exactly the openings job seekers see.
 */
@Named
@RequestScoped
public class StaffOpeningsPage {
  @Inject private OpeningService openings;
  @Inject private OrganisationService organisations;

  private String page;
  private OpeningResults results;
  private List<Row> rows;

  /** One published opening: its id, title and organisation. */
  public record Row(long id, String title, String organisation) {}

  public List<Row> getRows() {
    if (rows == null) {
      results =
          openings.search(
              new OpeningSearch(
                  OpeningFilter.none(),
                  null,
                  OpeningSort.NEWEST,
                  null,
                  Paging.page(page),
                  OpeningSearch.PAGE_SIZE));
      Map<Long, String> names = new HashMap<>();
      rows =
          results.openings().stream()
              .map(
                  o ->
                      new Row(
                          o.getId(),
                          o.getTitle(),
                          names.computeIfAbsent(
                              o.getOrganisationId(),
                              id -> organisations.find(id).map(Organisation::getName).orElse(""))))
              .toList();
    }
    return rows;
  }

  public int getCurrentPage() {
    getRows();
    return results.page();
  }

  public int getPages() {
    getRows();
    return results.pages();
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
