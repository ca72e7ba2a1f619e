package org.talentbruecke.opening.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentbruecke.opening.domain.LegalForm;
import org.talentbruecke.opening.domain.NaceSection;
import org.talentbruecke.opening.domain.OrganisationProfile;
import org.talentbruecke.opening.domain.SizeBand;
import org.talentbruecke.reference.application.CountryNames;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.domain.EmailAddress;
import org.talentbruecke.shared.domain.VisibleText;

/** Checks every field of an organisation profile at once; lists keep each code once, in order. */
final class OrganisationProfileChecks {
  static final int MAX_CODES = 30;
  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
  // Digits with the usual separators, optionally a leading +; 6 to 40 characters.
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/\\-]{5,39}");

  private final FieldChecks checks = new FieldChecks();
  private final LanguageCatalog languageCatalog;

  private OrganisationProfileChecks(LanguageCatalog languageCatalog) {
    this.languageCatalog = languageCatalog;
  }

  /** The checked profile with its languages and countries. */
  record Checked(OrganisationProfile profile, List<String> languages, List<String> countries) {}

  static Checked check(OrganisationProfileInput in, Catalogues catalogues) {
    OrganisationProfileChecks c = new OrganisationProfileChecks(catalogues.languages());
    LegalForm legalForm = c.choice("legalForm", in.legalForm(), LegalForm.class);
    NaceSection nace = null;
    if (blankToNull(in.naceSection()) != null) {
      nace = NaceSection.parse(in.naceSection()).orElse(null);
      if (nace == null) {
        c.checks.add("naceSection", "opening.error.choice");
      }
    }
    SizeBand size = c.choice("sizeBand", in.sizeBand(), SizeBand.class);
    String municipality = blankToNull(in.municipality());
    if (municipality != null && !catalogues.municipalities().isKnown(municipality)) {
      c.checks.add("municipality", "opening.error.municipality");
    }
    String street = blankToNull(VisibleText.normalise(in.street()));
    if (street != null) {
      c.checks.text("street", street, OrganisationProfile.MAX_STREET);
    }
    String postcode = blankToNull(in.postcode());
    if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
      c.checks.add("postcode", "organisation.error.postcode");
    }
    String offers = blankToNull(in.offersNewcomers());
    if (offers != null && offers.length() > OrganisationProfile.MAX_OFFERS) {
      c.checks.add("offersNewcomers", "validation.tooLong", OrganisationProfile.MAX_OFFERS);
    }
    String register = blankToNull(VisibleText.normalise(in.registerEntry()));
    if (register != null) {
      c.checks.text("registerEntry", register, OrganisationProfile.MAX_REGISTER);
    }
    String phone = blankToNull(in.contactPhone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      c.checks.add("contactPhone", "organisation.error.phone");
    }
    String email = blankToNull(in.contactEmail());
    if (email != null && !EmailAddress.isValid(email)) {
      c.checks.add("contactEmail", "validation.email");
    }
    List<String> languages = c.codes("customerLanguages", in.customerLanguages(), true);
    List<String> countries = c.codes("tradeCountries", in.tradeCountries(), false);
    c.checks.throwIfAny();
    return new Checked(
        new OrganisationProfile(
            legalForm,
            nace,
            size,
            municipality,
            street,
            postcode,
            offers,
            register,
            phone,
            email == null || !EmailAddress.isValid(email) ? null : EmailAddress.normalise(email)),
        languages,
        countries);
  }

  private List<String> codes(String field, List<String> input, boolean languages) {
    if (input == null) {
      return List.of();
    }
    if (input.size() > MAX_CODES) {
      checks.add(field, "opening.error.tooMany", MAX_CODES);
      return List.of();
    }
    Set<String> result = new LinkedHashSet<>();
    for (int i = 0; i < input.size(); i++) {
      String value = blankToNull(input.get(i));
      String code =
          value == null || value.length() > 8
              ? null
              : languages
                  ? languageCatalog.byCode(value).map(l -> l.code()).orElse(null)
                  : CountryNames.isKnown(value.toUpperCase(Locale.ROOT))
                      ? value.toUpperCase(Locale.ROOT)
                      : null;
      if (code == null) {
        checks.add(
            field + "[" + i + "]",
            languages ? "opening.error.language" : "organisation.error.country");
      } else {
        result.add(code);
      }
    }
    return new ArrayList<>(result);
  }

  private <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      checks.add(field, "opening.error.choice");
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
