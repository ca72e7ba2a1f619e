package org.talentbruecke.opening.application;

import java.util.List;

/**
 * An organisation's markets as matching reads them for the added-value view.
 *
 * @param customerLanguages ISO 639 codes of the languages its customers or export markets speak
 * @param tradeCountries ISO 3166-1 alpha-2 codes of the countries it trades with
 */
public record MarketsForMatching(List<String> customerLanguages, List<String> tradeCountries) {
  public MarketsForMatching {
    customerLanguages = List.copyOf(customerLanguages);
    tradeCountries = List.copyOf(tradeCountries);
  }
}
