package org.talentbruecke.matching.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.profile.application.ProfileService;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * "Openings for me": the published openings ranked for the signed-in job seeker, each with the same
 * match card employers see from the other side and the next steps that would raise it. A skill the
 * next steps name can be added to the profile with one click; the list is ranked again at once.
 */
@Named
@RequestScoped
public class OwnOpeningsPage {
  @Inject private MatchingService matching;
  @Inject private CurrentUser currentUser;
  @Inject private MatchViews views;
  @Inject private OpeningService openings;
  @Inject private OrganisationService organisations;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private ProfileService profiles;
  @Inject private FacesMessages messages;

  private String page;
  private MatchingService.Result result;
  private List<Row> rows;
  private int currentPage = 1;

  /** One opening of the list: where it is and who offers it, and its match. */
  public record Row(long id, String title, String employer, String place, MatchView match) {}

  public List<Row> getRows() {
    if (rows == null) {
      currentPage = Paging.page(page);
      result =
          matching.openingsFor(currentUser.requireId(), Paging.SIZE, Paging.offset(currentPage));
      List<MatchView> matches = views.openings(result.matches());
      Map<Long, String> employers = new HashMap<>();
      rows = new ArrayList<>();
      for (MatchView m : matches) {
        try {
          Opening o = openings.published(m.openingId());
          String employer =
              employers.computeIfAbsent(
                  o.getOrganisationId(),
                  id -> organisations.find(id).map(Organisation::getName).orElse(""));
          String ags = o.getDetails().getMunicipality();
          String place =
              ags == null ? "" : municipalities.byAgs(ags).map(Municipality::name).orElse("");
          rows.add(new Row(o.getId(), o.getTitle(), employer, place, m));
        } catch (NotFound gone) {
          // Closed since the index was built: it drops out of the list at the next rebuild.
        }
      }
    }
    return rows;
  }

  /**
   * Why there is no ranking (hidden, no-skills, no-municipality, no-profile, not-ready); or null.
   */
  public String getReason() {
    getRows();
    return result.reason();
  }

  public int getTotal() {
    getRows();
    return result.total();
  }

  public int getFirst() {
    return getTotal() == 0 ? 0 : Paging.offset(currentPage) + 1;
  }

  public int getLast() {
    getRows();
    return Paging.offset(currentPage) + result.matches().size();
  }

  public int getCurrentPage() {
    getRows();
    return currentPage;
  }

  public int getPages() {
    return Paging.pages(getTotal());
  }

  public List<Integer> getPageLinks() {
    return Paging.links(getCurrentPage(), getPages());
  }

  public String pageQuery(int target) {
    StringBuilder query = new StringBuilder();
    Paging.append(query, "page", Integer.toString(target));
    return query.toString();
  }

  /**
   * Adds an ESCO skill a next step named to the profile (at the basic level; the skills step lets
   * the person say more), then shows the list ranked again.
   */
  public String addSkill(String skillUri) {
    if (skillUri == null || !skillUri.startsWith(MatchTexts.ESCO + "skill/")) {
      return null;
    }
    try {
      profiles.update(
          currentUser.requireId(),
          p -> {
            if (p.skills().stream().anyMatch(s -> skillUri.equals(s.escoUri()))) {
              return p;
            }
            List<ProfileData.Skill> more = new ArrayList<>(p.skills());
            more.add(new ProfileData.Skill(skillUri, null, "BASIC", false));
            return p.withSkills(more);
          });
      messages.info("ownOpenings.skillAdded");
      messages.keepForNextRequest();
    } catch (ValidationFailure failure) {
      messages.error(null, "ownOpenings.skillNotAdded");
      return null;
    }
    return "/seeker/openings?faces-redirect=true" + (page == null ? "" : "&page=" + currentPage);
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
