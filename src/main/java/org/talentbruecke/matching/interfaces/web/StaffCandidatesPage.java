package org.talentbruecke.matching.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.identity.application.AccountSummary;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.matching.application.CandidateFilter;
import org.talentbruecke.matching.application.CandidateSource;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.application.OpeningNotPublished;
import org.talentbruecke.matching.application.StaffDecisions;
import org.talentbruecke.matching.application.StaffDecisions.Decision;
import org.talentbruecke.matching.domain.DecisionKind;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * Staff's view of one published opening's candidates: the employer's ranked cards plus who each
 * candidate is, and a form to recommend (pin) or exclude them with a reason; below, every decision
 * taken for the opening, withdrawn ones included. View scoped, so a refused form keeps the typed
 * reason and the list the form was posted from. /staff/* is for the STAFF role only (web.xml).
 */
@Named
@ViewScoped
public class StaffCandidatesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient MatchingService matching;
  @Inject private transient StaffDecisions decisions;
  @Inject private transient OpeningService openings;
  @Inject private transient OrganisationService organisations;
  @Inject private transient AccountService accounts;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient MatchViews views;
  @Inject private transient FacesMessages messages;

  private String opening;
  private String page;
  private long openingId;
  private String title;
  private String organisation;
  private boolean published = true;
  private int total;
  private int currentPage = 1;
  private String reason;
  private transient List<MatchView> matches;
  private transient List<DecisionRow> decided;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();

  /** One decision as the list below the candidates shows it. */
  public record DecisionRow(
      long id,
      String kind,
      String handle,
      String name,
      String reason,
      String decidedBy,
      Instant decidedAt,
      boolean active,
      String withdrawnBy,
      Instant withdrawnAt) {}

  /** Reads the opening, its ranking and its decisions; an unknown opening answers 404. */
  public void load() {
    try {
      openingId = Long.parseLong(opening == null ? "" : opening.strip());
      Opening found = openings.published(openingId);
      title = found.getTitle();
      organisation =
          organisations.find(found.getOrganisationId()).map(Organisation::getName).orElse("");
    } catch (NumberFormatException | NotFound e) {
      notFound();
      return;
    }
    currentPage = Paging.page(page);
    matches();
  }

  /** The ranked cards, read again after a view is restored (they are not kept in the session). */
  public List<MatchView> getMatches() {
    return matches();
  }

  private List<MatchView> matches() {
    if (matches == null) {
      matches = List.of();
      if (openingId <= 0) {
        return matches;
      }
      try {
        MatchingService.Result result =
            matching.candidatesFor(
                null,
                openingId,
                Paging.SIZE,
                Paging.offset(currentPage),
                CandidateFilter.NONE,
                MatchingService.Sort.FIT);
        total = result.total();
        reason = result.reason();
        matches = views.candidates(result.matches());
      } catch (OpeningNotPublished e) {
        published = false;
      }
    }
    return matches;
  }

  public List<DecisionRow> getDecisions() {
    if (decided == null) {
      decided =
          openingId <= 0
              ? List.of()
              : decisions.forOpening(openingId).stream().map(this::row).toList();
    }
    return decided;
  }

  private DecisionRow row(Decision d) {
    return new DecisionRow(
        d.id(),
        d.kind() == DecisionKind.PIN ? "pin" : "exclude",
        d.handle(),
        nameOf(d.handle()),
        d.reason(),
        accountName(d.decidedBy()),
        d.decidedAt(),
        d.active(),
        d.withdrawnBy() == null ? "" : accountName(d.withdrawnBy()),
        d.withdrawnAt());
  }

  /** The real name behind a handle, which only staff may see. */
  public String nameOf(String handle) {
    return names.computeIfAbsent(
        handle, h -> matching.personBehind(h).map(CandidateSource.Person::name).orElse(""));
  }

  private String accountName(long accountId) {
    return accounts.summary(accountId).map(AccountSummary::displayName).orElse("#" + accountId);
  }

  /** Recommends the candidate; the row index finds the reason field to mark when refused. */
  public String pin(String handle, int row) {
    return decide(DecisionKind.PIN, handle, row);
  }

  public String exclude(String handle, int row) {
    return decide(DecisionKind.EXCLUDE, handle, row);
  }

  private String decide(DecisionKind kind, String handle, int row) {
    try {
      if (kind == DecisionKind.PIN) {
        decisions.pin(openingId, handle, reasons.get(handle), currentUser.requireId());
      } else {
        decisions.exclude(openingId, handle, reasons.get(handle), currentUser.requireId());
      }
    } catch (ValidationFailure failure) {
      // The id of this candidate's reason field (form "staffDecide" > ui:repeat "rows").
      String field = "staffDecide:rows:" + row + ":reason";
      messages.show(failure, f -> "reason".equals(f) ? field : null);
      keepTyped(field, reasons.get(handle));
      return null;
    } catch (NotFound e) {
      messages.error(null, "staffCandidates.gone");
      return null;
    }
    messages.info(
        kind == DecisionKind.PIN ? "staffCandidates.pinned" : "staffCandidates.excluded", handle);
    return again();
  }

  /**
   * Puts what was typed back into the refused field. The model already holds it, but PrimeFaces
   * renders a field marked invalid without a submitted value as empty (it takes that for an empty
   * submission), so the text would be lost.
   */
  private static void keepTyped(String clientId, String typed) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getViewRoot()
        .invokeOnComponent(
            faces,
            clientId,
            (context, component) -> {
              if (component instanceof jakarta.faces.component.EditableValueHolder input) {
                input.setSubmittedValue(typed == null ? "" : typed);
              }
            });
  }

  public String withdraw(long decisionId) {
    try {
      decisions.withdraw(openingId, decisionId, currentUser.requireId());
      messages.info("staffCandidates.withdrawn");
    } catch (NotFound e) {
      messages.error(null, "staffCandidates.gone");
    }
    return again();
  }

  // Post-Redirect-Get: the list is read afresh, and reloading the page sends nothing twice.
  private String again() {
    messages.keepForNextRequest();
    return "/staff/candidates?faces-redirect=true&opening="
        + openingId
        + (currentPage > 1 ? "&page=" + currentPage : "");
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

  public Map<String, String> getReasons() {
    return reasons;
  }

  public String getTitle() {
    return title;
  }

  public String getOrganisation() {
    return organisation;
  }

  public boolean isPublished() {
    matches();
    return published;
  }

  /** Why the list is empty: not-ready, opening-incomplete; else null. */
  public String getReason() {
    matches();
    return reason;
  }

  public int getTotal() {
    matches();
    return total;
  }

  public int getFirst() {
    return getTotal() == 0 ? 0 : Paging.offset(currentPage) + 1;
  }

  public int getLast() {
    return Paging.offset(currentPage) + getMatches().size();
  }

  public int getCurrentPage() {
    return currentPage;
  }

  public int getPages() {
    return Paging.pages(getTotal());
  }

  public long getOpeningId() {
    return openingId;
  }

  public String getOpening() {
    return opening;
  }

  public void setOpening(String opening) {
    this.opening = opening;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
