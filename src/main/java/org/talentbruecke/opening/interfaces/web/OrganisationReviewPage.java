package org.talentbruecke.opening.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.EmployerAccounts;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.application.RegisteredBy;
import org.talentbruecke.opening.application.StaffDecision;
import org.talentbruecke.opening.domain.InvalidVerificationStep;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.opening.domain.OrganisationProfile;
import org.talentbruecke.opening.domain.VerificationRecord;
import org.talentbruecke.reference.application.CountryNames;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * Staff review one organisation: everything to check (who registered it and when, address, register
 * entry, contact, profile), a warning about look-alike names of verified organisations, the
 * history, and the three decisions. Verifying an organisation with missing details needs a ticked
 * box that names what is missing.
 */
@Named
@ViewScoped
public class OrganisationReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private transient OrganisationService organisations;
  @Inject private transient EmployerAccounts employers;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FacesMessages messages;
  @Inject private transient LocaleBean localeBean;
  @Inject private transient Municipalities municipalities;
  @Inject private transient OtherLanguages otherLanguages;

  /** One fact to check: its label and value ("–"-free: missing facts are listed apart). */
  public record Fact(String id, String label, String value) {}

  /** One step of the history as shown. */
  public record Step(String step, Instant at, String who, String text, String changed) {}

  private String id;
  private long organisationId;
  private String reason;
  private boolean missingAcknowledged;
  private transient Organisation organisation;

  public void load() {
    try {
      organisationId = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFound("Organisation");
    }
    organisation();
  }

  private Organisation organisation() {
    if (organisation == null) {
      organisation =
          organisations.find(organisationId).orElseThrow(() -> new NotFound("Organisation"));
    }
    return organisation;
  }

  public String verify() {
    List<String> missing = organisation().missingDetails();
    if (!missing.isEmpty() && !missingAcknowledged) {
      messages.show(
          ValidationFailure.of("missingAcknowledged", "review.error.acknowledge", getMissingText()),
          Map.of("missingAcknowledged", "decide:missingAcknowledged"));
      return null;
    }
    return decide(StaffDecision.VERIFY, "staff.verified");
  }

  public String reject() {
    return decide(StaffDecision.REJECT, "review.rejected");
  }

  public String requestDetails() {
    return decide(StaffDecision.REQUEST_DETAILS, "review.requested");
  }

  private String decide(StaffDecision decision, String doneKey) {
    try {
      organisations.decide(organisationId, currentUser.requireId(), decision, reason);
    } catch (ValidationFailure failure) {
      messages.show(failure, Map.of("reason", "decide:reason"));
      return null;
    } catch (InvalidVerificationStep e) {
      messages.error(null, "review.error.state");
      organisation = null;
      return null;
    }
    messages.info(doneKey, organisation().getName());
    messages.keepForNextRequest();
    return "/staff/index?faces-redirect=true";
  }

  public String getName() {
    return organisation().getName();
  }

  public String getVerification() {
    return organisation().getVerification().name();
  }

  public boolean isVerified() {
    return organisation().isVerified();
  }

  public boolean isMayRequest() {
    return organisation().getVerification().awaitsStaff();
  }

  public boolean isMayVerify() {
    return organisation().getVerification()
        != org.talentbruecke.opening.domain.Verification.VERIFIED;
  }

  public boolean isMayReject() {
    return organisation().getVerification()
        != org.talentbruecke.opening.domain.Verification.REJECTED;
  }

  public List<String> getLookAlikes() {
    return organisations
        .lookAlikes(List.of(organisation()))
        .getOrDefault(organisationId, List.of());
  }

  public RegisteredBy getRegisteredBy() {
    return employers.registeredBy(organisationId).orElse(null);
  }

  public Instant getCreatedAt() {
    return organisation().getCreatedAt();
  }

  public List<String> getMissing() {
    return organisation().missingDetails();
  }

  /** The missing facts in the page's language, e.g. "Adresse, Registereintrag". */
  public String getMissingText() {
    return organisation().missingDetails().stream()
        .map(m -> messages.text("review.missing." + m))
        .collect(Collectors.joining(", "));
  }

  /** What the organisation told, in the order staff check it; facts not told are left out. */
  public List<Fact> getFacts() {
    Locale locale = localeBean.getLocale();
    Organisation o = organisation();
    OrganisationProfile p = o.getProfile();
    List<Fact> facts = new ArrayList<>();
    fact(
        facts,
        "legalForm",
        "organisation.field.legalForm",
        p.getLegalForm() == null
            ? null
            : messages.text("organisation.legalForm." + p.getLegalForm()));
    fact(facts, "register", "organisation.field.registerEntry", p.getRegisterEntry());
    String address =
        Stream.of(p.getStreet(), p.getPostcode(), municipalities.name(p.getMunicipality()))
            .filter(Objects::nonNull)
            .collect(Collectors.joining(", "));
    fact(facts, "address", "review.address", address.isEmpty() ? null : address);
    fact(facts, "phone", "organisation.field.contactPhone", p.getContactPhone());
    fact(facts, "email", "organisation.field.contactEmail", p.getContactEmail());
    fact(
        facts,
        "nace",
        "organisation.field.naceSection",
        p.getNaceSection() == null
            ? null
            : messages.text("organisation.nace." + p.getNaceSection()));
    fact(
        facts,
        "size",
        "organisation.field.sizeBand",
        p.getSizeBand() == null ? null : messages.text("organisation.size." + p.getSizeBand()));
    fact(
        facts,
        "languages",
        "organisation.field.customerLanguages",
        o.getCustomerLanguages().stream()
            .map(c -> otherLanguages.name(c, locale))
            .collect(Collectors.joining(", ")));
    fact(
        facts,
        "countries",
        "organisation.field.tradeCountries",
        o.getTradeCountries().stream()
            .map(c -> CountryNames.name(c, locale))
            .collect(Collectors.joining(", ")));
    fact(facts, "offers", "organisation.field.offersNewcomers", p.getOffersNewcomers());
    return facts;
  }

  private void fact(List<Fact> facts, String id, String labelKey, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Fact(id, messages.text(labelKey), value));
    }
  }

  public List<Step> getHistory() {
    List<Step> steps = new ArrayList<>();
    for (VerificationRecord r : organisations.history(organisationId)) {
      String who =
          r.getActorAccountId() == null
              ? ""
              : employers
                  .nameOf(r.getActorAccountId())
                  .orElse(messages.text("review.deletedAccount"));
      String changed =
          r.getChangedFields().stream()
              .map(f -> messages.text("review.missing." + f))
              .collect(Collectors.joining(", "));
      steps.add(
          new Step(
              r.getStep().name(), r.getAt(), who, r.getText(), changed.isEmpty() ? null : changed));
    }
    return steps;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isMissingAcknowledged() {
    return missingAcknowledged;
  }

  public void setMissingAcknowledged(boolean missingAcknowledged) {
    this.missingAcknowledged = missingAcknowledged;
  }
}
