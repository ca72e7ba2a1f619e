package org.talentbruecke.matching.domain;

import java.util.Set;

/**
 * The markets of the organisation behind an opening, as it describes itself: the languages its
 * customers or export markets speak and the countries it trades with. Read only for the added-value
 * view, never for the fit score.
 *
 * @param languages ISO 639-3 codes (as matching stores languages)
 * @param countries ISO 3166-1 alpha-2 codes
 */
public record OrganisationMarkets(Set<String> languages, Set<String> countries) {
  /** An organisation that named no markets. */
  public static final OrganisationMarkets NONE = new OrganisationMarkets(Set.of(), Set.of());

  public OrganisationMarkets {
    languages = Set.copyOf(languages);
    countries = Set.copyOf(countries);
  }
}
