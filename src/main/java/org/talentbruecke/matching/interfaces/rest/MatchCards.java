package org.talentbruecke.matching.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.talentbruecke.matching.application.CandidateSource;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.application.RankedMatch;
import org.talentbruecke.matching.application.ReasonCodeTexts;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchPart;
import org.talentbruecke.matching.domain.NextStep;
import org.talentbruecke.matching.domain.Reason;
import org.talentbruecke.reference.application.CountryNames;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.ReferenceDataLoaded;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.shared.application.MessageTexts;
import org.talentbruecke.shared.interfaces.rest.PagingParameters;

/**
 * Turns match cards into JSON with every reason as a sentence in the reader's language; ESCO URIs
 * among the arguments are shown by their labels (one label look-up per page).
 */
@ApplicationScoped
public class MatchCards {
  private static final String ESCO = "http://data.europa.eu/esco/";
  // A code among a reason's arguments: upper-case words such as ROUTE_PLANNED, FULL_TIME, B2.
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{3}");

  @Inject private Vocabulary vocabulary;
  @Inject private LanguageCatalog languages;
  @Inject private MatchingService matching;

  // ESCO labels by language and URI: reference data, so read once per label rather than once per
  // page (one query per page was a few per cent of a request in the load test's profile).
  private final Map<String, Map<String, LocalizedLabel>> knownLabels = new ConcurrentHashMap<>();

  /** The reference data were (re)loaded: labels may have changed. */
  void onReferenceData(@Observes ReferenceDataLoaded event) {
    knownLabels.clear();
  }

  private Map<String, LocalizedLabel> labels(Set<String> uris, String language) {
    Map<String, LocalizedLabel> known =
        knownLabels.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
    Set<String> missing = new HashSet<>();
    for (String uri : uris) {
      if (!known.containsKey(uri)) {
        missing.add(uri);
      }
    }
    if (!missing.isEmpty()) {
      if (known.size() > 50_000) {
        known.clear(); // ESCO has ~17,000 concepts: this only guards against unbounded growth
      }
      known.putAll(vocabulary.labels(missing, language));
    }
    Map<String, LocalizedLabel> labels = new HashMap<>();
    for (String uri : uris) {
      LocalizedLabel label = known.get(uri);
      if (label != null) {
        labels.put(uri, label);
      }
    }
    return labels;
  }

  /**
   * One page of the ranked openings for the job seeker of an account, in the caller's language (the
   * job seeker's own list and the staff view of it).
   */
  MatchDtos.RankingDto openingsFor(
      long accountId, String limitText, String offsetText, HttpHeaders headers) {
    int limit = PagingParameters.limit(limitText);
    int offset = PagingParameters.offset(offsetText);
    return page(
        matching.openingsFor(accountId, limit, offset),
        limit,
        offset,
        PagingParameters.locale(headers));
  }

  public MatchDtos.RankingDto page(
      MatchingService.Result result, int limit, int offset, Locale locale) {
    return page(result, limit, offset, locale, handle -> Optional.empty());
  }

  /**
   * @param persons who a handle stands for; only for staff callers (employers get no names)
   */
  MatchDtos.RankingDto page(
      MatchingService.Result result,
      int limit,
      int offset,
      Locale locale,
      Function<String, Optional<CandidateSource.Person>> persons) {
    Set<String> uris = new HashSet<>();
    for (RankedMatch match : result.matches()) {
      reasons(match)
          .flatMap(r -> r.args().stream())
          .filter(a -> a.startsWith(ESCO))
          .forEach(uris::add);
    }
    Map<String, LocalizedLabel> labels =
        uris.isEmpty() ? Map.of() : labels(uris, locale.getLanguage());
    List<MatchDtos.MatchDto> items =
        result.matches().stream()
            .map(
                m ->
                    card(
                        m,
                        labels,
                        locale,
                        persons
                            .apply(m.card().candidateHandle())
                            .map(p -> new MatchDtos.PersonDto(p.accountId(), p.name()))
                            .orElse(null)))
            .toList();
    String reasonText =
        result.reason() == null
            ? null
            : MessageTexts.format(locale, "matching.api.reason." + result.reason());
    return new MatchDtos.RankingDto(
        items, result.total(), limit, offset, result.reason(), reasonText);
  }

  private static Stream<Reason> reasons(RankedMatch match) {
    MatchCard card = match.card();
    return Stream.of(
            card.gaps().stream(),
            card.parts().stream()
                .flatMap(p -> Stream.concat(Stream.of(p.reason()), p.details().stream())),
            match.addedValue().reasons().stream(),
            match.nextSteps().stream().map(NextStep::reason))
        .flatMap(s -> s);
  }

  private MatchDtos.MatchDto card(
      RankedMatch match,
      Map<String, LocalizedLabel> labels,
      Locale locale,
      MatchDtos.PersonDto person) {
    MatchCard card = match.card();
    return new MatchDtos.MatchDto(
        card.candidateHandle(),
        Long.parseLong(card.openingId()),
        card.tier().name(),
        card.fit(),
        card.parts().stream().map(p -> part(p, labels, locale)).toList(),
        card.gaps().stream().map(r -> reason(r, labels, locale)).toList(),
        card.algorithmVersion(),
        new MatchDtos.AddedValueDto(
            match.addedValue().points(),
            match.addedValue().reasons().stream().map(r -> reason(r, labels, locale)).toList()),
        match.nextSteps().stream()
            .map(
                n ->
                    new MatchDtos.NextStepDto(
                        n.aspect().name(), reason(n.reason(), labels, locale)))
            .toList(),
        match.recommendedByRegion(),
        person);
  }

  private MatchDtos.PartDto part(
      MatchPart part, Map<String, LocalizedLabel> labels, Locale locale) {
    return new MatchDtos.PartDto(
        part.aspect().name(),
        MessageTexts.format(locale, part.aspect().messageKey()),
        part.contribution(),
        part.maxPoints(),
        reason(part.reason(), labels, locale),
        part.details().stream().map(r -> reason(r, labels, locale)).toList());
  }

  private MatchDtos.ReasonDto reason(
      Reason reason, Map<String, LocalizedLabel> labels, Locale locale) {
    // ESCO URIs by their labels, codes (ROUTE_PLANNED, ACTIVITY_REGULATED, hours, …) by the words
    // the pages use.
    Object[] shown = reason.args().stream().map(a -> argument(a, labels, locale)).toArray();
    // Added value names a language or a country by its code: show its name in the reader's
    // language.
    if (reason.key().startsWith("matching.value.marketLanguage") && shown.length > 0) {
      shown[0] = languages.displayName(reason.args().get(0), locale);
    } else if (reason.key().equals("matching.value.tradeCountry")
        && shown.length > 0
        && CountryNames.isKnown(reason.args().get(0))) {
      shown[0] = CountryNames.name(reason.args().get(0), locale);
    }
    return new MatchDtos.ReasonDto(
        reason.key(), reason.args(), MessageTexts.format(locale, reason.key(), shown));
  }

  private String argument(String value, Map<String, LocalizedLabel> labels, Locale locale) {
    if (labels.containsKey(value)) {
      return labels.get(value).text();
    }
    if (LANGUAGE_CODE.matcher(value).matches() && languages.byCode(value).isPresent()) {
      return languages.displayName(value, locale);
    }
    if (value.startsWith(ESCO) || !CODE.matcher(value).matches()) {
      return value;
    }
    String word = ReasonCodeTexts.word(locale, value);
    return word == null ? value : word;
  }
}
