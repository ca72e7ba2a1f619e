package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/** Staff page: organisations waiting to be verified. */
@Named
@RequestScoped
public class OrganisationVerificationPage {
  @Inject private OrganisationService organisations;
  @Inject private CurrentUser currentUser;
  @Inject private FacesMessages messages;
  @Inject private org.talentbruecke.shared.interfaces.web.LocaleBean localeBean;
  @Inject private Municipalities municipalities;
  @Inject private OtherLanguages otherLanguages;

  private List<Organisation> waiting;

  public List<Organisation> getWaiting() {
    if (waiting == null) {
      waiting = organisations.awaitingVerification();
    }
    return waiting;
  }

  /**
   * What the organisation told about itself, one "label: value" line each, so staff can judge it
   * before verifying; empty when it told nothing yet.
   */
  public List<String> profileOf(Organisation o) {
    java.util.Locale locale = localeBean.getLocale();
    var p = o.getProfile();
    List<String> lines = new java.util.ArrayList<>();
    line(
        lines,
        "organisation.field.legalForm",
        p.getLegalForm() == null
            ? null
            : messages.text("organisation.legalForm." + p.getLegalForm()));
    line(
        lines,
        "organisation.field.naceSection",
        p.getNaceSection() == null
            ? null
            : messages.text("organisation.nace." + p.getNaceSection()));
    line(
        lines,
        "organisation.field.sizeBand",
        p.getSizeBand() == null ? null : messages.text("organisation.size." + p.getSizeBand()));
    String address =
        java.util.stream.Stream.of(
                p.getStreet(), p.getPostcode(), municipalities.name(p.getMunicipality()))
            .filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.joining(", "));
    line(lines, "organisation.field.municipality", address.isEmpty() ? null : address);
    line(
        lines,
        "organisation.field.customerLanguages",
        o.getCustomerLanguages().isEmpty()
            ? null
            : o.getCustomerLanguages().stream()
                .map(c -> otherLanguages.name(c, locale))
                .collect(java.util.stream.Collectors.joining(", ")));
    line(
        lines,
        "organisation.field.tradeCountries",
        o.getTradeCountries().isEmpty()
            ? null
            : o.getTradeCountries().stream()
                .map(c -> org.talentbruecke.reference.application.CountryNames.name(c, locale))
                .collect(java.util.stream.Collectors.joining(", ")));
    line(lines, "organisation.field.offersNewcomers", p.getOffersNewcomers());
    return lines;
  }

  private void line(List<String> lines, String labelKey, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(messages.text(labelKey) + ": " + value);
    }
  }

  public void verify(long organisationId) {
    if (organisations.verify(organisationId, currentUser.requireId())) {
      organisations
          .find(organisationId)
          .ifPresent(o -> messages.info("staff.verified", o.getName()));
    }
    waiting = null;
  }
}
