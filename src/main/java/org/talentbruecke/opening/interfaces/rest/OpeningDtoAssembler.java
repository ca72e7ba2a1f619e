package org.talentbruecke.opening.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.talentbruecke.opening.application.ConceptLabels;
import org.talentbruecke.opening.application.RegulationLookup;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.application.Vocabulary.OccupationFacts;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;

/** Turns openings into DTOs with their ESCO labels and regulation, looked up once per answer. */
@ApplicationScoped
public class OpeningDtoAssembler {
  @Inject private ConceptLabels labels;
  @Inject private Vocabulary vocabulary;
  @Inject private RegulationLookup regulation;
  @Inject private Clock clock;
  @Inject private MunicipalityCatalog municipalities;

  public OpeningDto dto(Opening opening, Locale locale) {
    return dtos(List.of(opening), locale).get(0);
  }

  public List<OpeningDto> dtos(List<Opening> openings, Locale locale) {
    Map<String, LocalizedLabel> all = labels.forOpenings(openings, locale);
    Map<String, OccupationFacts> facts =
        vocabulary.occupationFacts(
            openings.stream()
                .map(OpeningDtoAssembler::occupationOf)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return openings.stream()
        .map(o -> OpeningDto.of(o, clock, own(o, all), regulationOf(o, facts), municipalityName(o)))
        .toList();
  }

  private static Map<String, String> own(Opening o, Map<String, LocalizedLabel> all) {
    return ConceptLabels.urisOf(o.getRequirements()).stream()
        .filter(all::containsKey)
        .collect(
            Collectors.toMap(u -> u, u -> all.get(u).text(), (a, b) -> a, java.util.TreeMap::new));
  }

  private String municipalityName(Opening o) {
    String ags = o.getDetails().getMunicipality();
    return ags == null ? null : municipalities.byAgs(ags).map(Municipality::name).orElse(null);
  }

  private RegulationAnswer regulationOf(Opening o, Map<String, OccupationFacts> facts) {
    String occupation = occupationOf(o);
    if (occupation == null) {
      return null;
    }
    OccupationFacts known = facts.get(occupation);
    return known == null ? RegulationAnswer.notRegulated() : regulation.of(known);
  }

  private static String occupationOf(Opening o) {
    return o.getRequirements().basics().getOccupationUri();
  }
}
