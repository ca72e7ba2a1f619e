package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.matching.application.OpeningSource;
import org.talentbruecke.matching.domain.CandidateSnapshotFactory;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.OrganisationMarkets;
import org.talentbruecke.matching.domain.PseudonymousHandle;
import org.talentbruecke.opening.application.MarketsForMatching;
import org.talentbruecke.opening.application.OpeningForMatching;
import org.talentbruecke.opening.application.OpeningService;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;

/** Openings read through the opening context's application layer. */
@ApplicationScoped
public class PublishedOpeningSource implements OpeningSource {
  // Openings carry no handle; the assembler's candidate side is not used here.
  private static final CandidateSnapshotFactory UNUSED =
      new CandidateSnapshotFactory(new PseudonymousHandle("not-used-for-openings"));

  @Inject private OpeningService openings;
  @Inject private OrganisationService organisations;
  @Inject private Vocabulary vocabulary;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private Clock clock;

  // A rebuild runs on a managed executor thread: without a transaction the transaction-scoped
  // EntityManager is closed between the queries (as in EscoSkillRelationsSource).
  @Override
  @jakarta.transaction.Transactional
  public List<OpeningSnapshot> published() {
    List<OpeningForMatching> all = openings.publishedForMatching();
    SnapshotAssembler assembler = assembler(all);
    List<OpeningSnapshot> out = new ArrayList<>();
    for (OpeningForMatching o : all) {
      assembler.opening(o).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public Optional<OpeningFacts> find(long openingId) {
    return openings
        .forMatching(openingId)
        .map(
            o ->
                new OpeningFacts(
                    o.organisationId(),
                    o.status(),
                    o.visibleToSeekers(),
                    assembler(List.of(o)).opening(o).orElse(null),
                    markets(o.organisationId())));
  }

  /** The organisation's markets in matching's codes; codes matching cannot read are left out. */
  private OrganisationMarkets markets(long organisationId) {
    MarketsForMatching m = organisations.marketsForMatching(organisationId);
    Set<String> languages = new HashSet<>();
    m.customerLanguages().forEach(code -> SnapshotAssembler.iso3(code).ifPresent(languages::add));
    Set<String> countries = new HashSet<>();
    for (String code : m.tradeCountries()) {
      if (code != null && code.strip().matches("[A-Za-z]{2}")) {
        countries.add(code.strip().toUpperCase(Locale.ROOT));
      }
    }
    return new OrganisationMarkets(languages, countries);
  }

  private SnapshotAssembler assembler(List<OpeningForMatching> all) {
    Map<String, String> isco = new HashMap<>();
    vocabulary
        .occupationFacts(
            all.stream().map(OpeningForMatching::occupationUri).filter(Objects::nonNull).toList())
        .forEach((uri, facts) -> isco.put(uri, facts.iscoCode()));
    return new SnapshotAssembler(isco::get, municipalities::byAgs, UNUSED, LocalDate.now(clock));
  }
}
