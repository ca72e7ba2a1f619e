package org.talentbruecke.opening.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.talentbruecke.opening.application.OrganisationProfileInput;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.opening.domain.OrganisationProfile;
import org.talentbruecke.shared.interfaces.rest.AtMost;

/**
 * What an organisation tells about itself, in request and answer alike. All fields are optional; a
 * PUT replaces the whole profile.
 */
@Schema(name = "OrganisationProfile")
public record OrganisationProfileDto(
    @Schema(description = "The organisation's name; omit to keep it")
        @AtMost(max = 200, message = "{validation.tooLong}")
        String name,
    @Schema(
            description =
                "SOLE_TRADER, GBR, OHG, KG, GMBH, UG, GMBH_CO_KG, AG, EG, EV, PUBLIC_BODY or OTHER")
        String legalForm,
    @Schema(description = "NACE Rev. 2 section A..U", example = "Q") String naceSection,
    @Schema(description = "MICRO (<10), SMALL (10-49), MEDIUM (50-249), LARGE (250+)")
        String sizeBand,
    @Schema(description = "8-digit municipality key of Region Hannover", example = "03241001")
        String municipality,
    @AtMost(max = OrganisationProfile.MAX_STREET, message = "{validation.tooLong}") String street,
    @Schema(example = "30159") String postcode,
    @Schema(description = "ISO 639 codes of customer or export-market languages")
        @AtMost(max = OrganisationProfileDto.MAX_CODES, message = "{opening.error.tooMany}")
        List<String> customerLanguages,
    @Schema(description = "ISO 3166-1 alpha-2 codes of countries traded with")
        @AtMost(max = OrganisationProfileDto.MAX_CODES, message = "{opening.error.tooMany}")
        List<String> tradeCountries,
    @Schema(description = "What the organisation offers newcomers (mentoring, language support, …)")
        @AtMost(max = OrganisationProfile.MAX_OFFERS, message = "{validation.tooLong}")
        String offersNewcomers,
    @Schema(description = "Register entry", example = "HRB 12345, Amtsgericht Hannover")
        @AtMost(max = OrganisationProfile.MAX_REGISTER, message = "{validation.tooLong}")
        String registerEntry,
    @Schema(description = "Telephone number for staff", example = "0511 123456")
        @AtMost(max = OrganisationProfile.MAX_PHONE, message = "{validation.tooLong}")
        String contactPhone,
    @Schema(description = "E-mail address for staff", example = "info@example.org")
        @AtMost(max = 254, message = "{validation.tooLong}")
        String contactEmail) {
  /** The same limit as the service's for each list of codes. */
  static final int MAX_CODES = 30;

  OrganisationProfileInput toInput() {
    return new OrganisationProfileInput(
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
        contactEmail);
  }

  static OrganisationProfileDto of(Organisation o) {
    OrganisationProfile p = o.getProfile();
    return new OrganisationProfileDto(
        o.getName(),
        name(p.getLegalForm()),
        name(p.getNaceSection()),
        name(p.getSizeBand()),
        p.getMunicipality(),
        p.getStreet(),
        p.getPostcode(),
        o.getCustomerLanguages(),
        o.getTradeCountries(),
        p.getOffersNewcomers(),
        p.getRegisterEntry(),
        p.getContactPhone(),
        p.getContactEmail());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
