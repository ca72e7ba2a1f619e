package org.talentbruecke.opening.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentbruecke.opening.application.OrganisationProfileInput;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.LegalForm;
import org.talentbruecke.opening.domain.NaceSection;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.opening.domain.OrganisationProfile;
import org.talentbruecke.opening.domain.SizeBand;
import org.talentbruecke.reference.application.CountryNames;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/** The employer edits what their organisation tells about itself; errors appear beside fields. */
@Named
@ViewScoped
public class OrganisationProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> FIELDS =
      List.of(
          "name",
          "registerEntry",
          "contactPhone",
          "contactEmail",
          "legalForm",
          "naceSection",
          "sizeBand",
          "municipality",
          "street",
          "postcode",
          "customerLanguages",
          "tradeCountries",
          "offersNewcomers");

  @Inject private transient CurrentOrganisation currentOrganisation;
  @Inject private transient OrganisationService organisations;
  @Inject private transient FacesMessages messages;
  @Inject private transient LocaleBean localeBean;
  @Inject private transient Municipalities municipalities;
  @Inject private transient OtherLanguages otherLanguages;
  @Inject private transient org.talentbruecke.identity.interfaces.web.CurrentUser currentUser;

  private String name;
  private String legalForm;
  private String naceSection;
  private String sizeBand;
  private String municipality;
  private String street;
  private String postcode;
  private List<String> customerLanguages = new ArrayList<>();
  private List<String> tradeCountries = new ArrayList<>();
  private String offersNewcomers;
  private String registerEntry;
  private String contactPhone;
  private String contactEmail;

  public void load() {
    Organisation o =
        organisations.find(organisationId()).orElseThrow(() -> new NotFound("Organisation"));
    OrganisationProfile p = o.getProfile();
    name = o.getName();
    legalForm = name(p.getLegalForm());
    naceSection = name(p.getNaceSection());
    sizeBand = name(p.getSizeBand());
    municipality = p.getMunicipality();
    street = p.getStreet();
    postcode = p.getPostcode();
    customerLanguages = new ArrayList<>(o.getCustomerLanguages());
    tradeCountries = new ArrayList<>(o.getTradeCountries());
    offersNewcomers = p.getOffersNewcomers();
    registerEntry = p.getRegisterEntry();
    contactPhone = p.getContactPhone();
    contactEmail = p.getContactEmail();
  }

  public String save() {
    try {
      var before = organisations.find(organisationId()).map(Organisation::getVerification);
      Organisation saved =
          organisations.describe(
              organisationId(),
              currentUser.requireId(),
              name,
              new OrganisationProfileInput(
                  legalForm,
                  naceSection,
                  sizeBand,
                  municipality,
                  street,
                  postcode,
                  customerLanguages,
                  tradeCountries,
                  offersNewcomers,
                  registerEntry,
                  contactPhone,
                  contactEmail));
      messages.info("organisation.saved");
      if (saved.getVerification().awaitsStaff()
          && before.map(b -> b != saved.getVerification()).orElse(false)) {
        messages.info("organisation.backToStaff");
      }
      messages.keepForNextRequest();
      return "/employer/index?faces-redirect=true";
    } catch (ValidationFailure failure) {
      messages.show(onPage(failure), clientIds());
    }
    return null;
  }

  // List entries ("tradeCountries[3]") are shown at their list.
  private static ValidationFailure onPage(ValidationFailure failure) {
    return new ValidationFailure(
        failure.errors().stream()
            .map(
                e ->
                    new org.talentbruecke.shared.application.FieldError(
                        e.field().replaceAll("\\[\\d+]$", "")
                            + (e.field().endsWith("]") ? "Group" : ""),
                        e.messageKey(),
                        e.arguments()))
            .toList());
  }

  private static Map<String, String> clientIds() {
    Map<String, String> ids = new java.util.HashMap<>();
    FIELDS.forEach(f -> ids.put(f, "profile:" + f));
    ids.put("customerLanguagesGroup", "profile:customerLanguagesGroup");
    ids.put("tradeCountriesGroup", "profile:tradeCountriesGroup");
    return ids;
  }

  private long organisationId() {
    return currentOrganisation.id().orElseThrow(() -> new NotFound("Organisation"));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  public List<String> getLegalForms() {
    return Arrays.stream(LegalForm.values()).map(Enum::name).toList();
  }

  public List<String> getNaceSections() {
    return Arrays.stream(NaceSection.values()).map(Enum::name).toList();
  }

  public List<String> getSizeBands() {
    return Arrays.stream(SizeBand.values()).map(Enum::name).toList();
  }

  public List<Map.Entry<String, String>> getMunicipalities() {
    return municipalities.choices();
  }

  public List<Map.Entry<String, String>> getLanguageOptions() {
    return otherLanguages.sortedNames(locale());
  }

  public List<Map.Entry<String, String>> getCountryOptions() {
    return CountryNames.sortedByName(locale()).stream()
        .map(c -> Map.entry(c, CountryNames.name(c, locale())))
        .toList();
  }

  private Locale locale() {
    return localeBean.getLocale();
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getRegisterEntry() {
    return registerEntry;
  }

  public void setRegisterEntry(String v) {
    registerEntry = v;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String v) {
    contactPhone = v;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String v) {
    contactEmail = v;
  }

  public String getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(String v) {
    legalForm = v;
  }

  public String getNaceSection() {
    return naceSection;
  }

  public void setNaceSection(String v) {
    naceSection = v;
  }

  public String getSizeBand() {
    return sizeBand;
  }

  public void setSizeBand(String v) {
    sizeBand = v;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String v) {
    municipality = v;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String v) {
    street = v;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String v) {
    postcode = v;
  }

  public List<String> getCustomerLanguages() {
    return customerLanguages;
  }

  public void setCustomerLanguages(List<String> v) {
    customerLanguages = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<String> getTradeCountries() {
    return tradeCountries;
  }

  public void setTradeCountries(List<String> v) {
    tradeCountries = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public String getOffersNewcomers() {
    return offersNewcomers;
  }

  public void setOffersNewcomers(String v) {
    offersNewcomers = v;
  }
}
