package org.talentbruecke.matching.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.matching.application.CandidateFilter;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.application.OpeningNotPublished;
import org.talentbruecke.opening.application.EmployerAccounts;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * The employer's ranked, anonymised candidates for one published opening (GET): filters, order and
 * page are query parameters, so a list can be bookmarked and the back button works. Another
 * organisation's opening, or none, answers 404; a draft or closed opening says why it has no list.
 */
@Named
@RequestScoped
public class CandidatesPage {
  @Inject private MatchingService matching;
  @Inject private OpeningService openings;
  @Inject private EmployerAccounts employers;
  @Inject private CurrentUser currentUser;
  @Inject private MatchViews views;
  @Inject private FacesMessages messages;

  private String opening;
  private String mustHaves;
  private String recognition;
  private String commute;
  private String availableBy;
  private String sort;
  private String page;

  private String title;
  private boolean published = true;
  private MatchingService.Result result;
  private List<MatchView> matches = List.of();
  private CandidateFilter filter = CandidateFilter.NONE;
  private int currentPage = 1;

  /** Reads the opening and its ranking; answers 404 for an opening that is not the caller's. */
  public void load() {
    long id;
    long organisation;
    try {
      id = Long.parseLong(opening == null ? "" : opening.strip());
      organisation =
          currentUser
              .accountId()
              .flatMap(employers::organisationOf)
              .orElseThrow(() -> new NotFound("Organisation"));
      title = openings.get(organisation, id).getTitle();
    } catch (NumberFormatException | NotFound e) {
      notFound();
      return;
    }
    filter = filter();
    currentPage = Paging.page(page);
    try {
      result =
          matching.candidatesFor(
              organisation, id, Paging.SIZE, Paging.offset(currentPage), filter, sortUsed());
      matches = views.candidates(result.matches());
    } catch (OpeningNotPublished e) {
      published = false;
    } catch (NotFound e) {
      notFound();
    }
  }

  private static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "No such opening");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private CandidateFilter filter() {
    Integer km = null;
    if (commute != null && !commute.isBlank()) {
      try {
        km = Integer.valueOf(commute.strip());
        if (km < 0 || km > CandidateFilter.MAX_COMMUTE_KM) {
          km = null;
        }
      } catch (NumberFormatException e) {
        km = null;
      }
      if (km == null) {
        messages.error(null, "candidates.commuteInvalid", CandidateFilter.MAX_COMMUTE_KM);
        commute = null;
      }
    }
    LocalDate by = null;
    if (availableBy != null && !availableBy.isBlank()) {
      try {
        by = LocalDate.parse(availableBy.strip());
      } catch (DateTimeParseException e) {
        messages.error(null, "candidates.dateInvalid");
        availableBy = null;
      }
    }
    return new CandidateFilter(isTrue(mustHaves), isTrue(recognition), km, by);
  }

  private static boolean isTrue(String flag) {
    return "true".equalsIgnoreCase(flag == null ? "" : flag.strip());
  }

  /** The order used: "value" sorts by score alone, anything else by fit. */
  public MatchingService.Sort sortUsed() {
    return "value".equalsIgnoreCase(sort) ? MatchingService.Sort.VALUE : MatchingService.Sort.FIT;
  }

  public boolean isSortByValue() {
    return sortUsed() == MatchingService.Sort.VALUE;
  }

  public String getTitle() {
    return title;
  }

  public boolean isPublished() {
    return published;
  }

  /** Why the list is empty before any filter: not-ready, opening-incomplete; else null. */
  public String getReason() {
    return result == null ? null : result.reason();
  }

  public List<MatchView> getMatches() {
    return matches;
  }

  public int getTotal() {
    return result == null ? 0 : result.total();
  }

  public int getFirst() {
    return getTotal() == 0 ? 0 : Paging.offset(currentPage) + 1;
  }

  public int getLast() {
    return Paging.offset(currentPage) + matches.size();
  }

  public int getCurrentPage() {
    return currentPage;
  }

  public int getPages() {
    return Paging.pages(getTotal());
  }

  public List<Integer> getPageLinks() {
    return Paging.links(currentPage, getPages());
  }

  /** Whether a filter narrows the list: the empty state then says which to loosen. */
  public boolean isNarrowed() {
    return filter.narrows();
  }

  public CandidateFilter getFilter() {
    return filter;
  }

  /** The query string of this list on another page: same opening, filters and order. */
  public String pageQuery(int target) {
    StringBuilder query = new StringBuilder();
    Paging.append(query, "opening", opening);
    Paging.append(query, "mustHaves", filter.mustHavesOnly() ? "true" : null);
    Paging.append(query, "recognition", filter.recognitionComplete() ? "true" : null);
    Paging.append(query, "commute", commute);
    Paging.append(query, "availableBy", availableBy);
    Paging.append(query, "sort", isSortByValue() ? "value" : null);
    Paging.append(query, "page", Integer.toString(target));
    return query.toString();
  }

  public String getOpening() {
    return opening;
  }

  public void setOpening(String opening) {
    this.opening = opening;
  }

  public String getMustHaves() {
    return mustHaves;
  }

  public void setMustHaves(String mustHaves) {
    this.mustHaves = mustHaves;
  }

  public String getRecognition() {
    return recognition;
  }

  public void setRecognition(String recognition) {
    this.recognition = recognition;
  }

  public String getCommute() {
    return commute;
  }

  public void setCommute(String commute) {
    this.commute = commute;
  }

  public String getAvailableBy() {
    return availableBy;
  }

  public void setAvailableBy(String availableBy) {
    this.availableBy = availableBy;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
