package org.talentbruecke.opening.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentbruecke.opening.application.ConceptLabels;
import org.talentbruecke.opening.application.RegulationLookup;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;

/** Turns openings into DTOs with their ESCO labels, looked up once per answer. */
@ApplicationScoped
public class OpeningDtoAssembler {
  @Inject private ConceptLabels labels;
  @Inject private RegulationLookup regulation;
  @Inject private Clock clock;

  public OpeningDto dto(Opening opening, Locale locale) {
    return dtos(List.of(opening), locale).get(0);
  }

  public List<OpeningDto> dtos(List<Opening> openings, Locale locale) {
    Map<String, String> all = labels.forOpenings(openings, locale);
    return openings.stream()
        .map(o -> OpeningDto.of(o, clock, own(o, all), regulationOf(o)))
        .toList();
  }

  private static Map<String, String> own(Opening o, Map<String, String> all) {
    return ConceptLabels.urisOf(o.getRequirements()).stream()
        .filter(all::containsKey)
        .collect(Collectors.toMap(u -> u, all::get, (a, b) -> a, java.util.TreeMap::new));
  }

  private RegulationAnswer regulationOf(Opening o) {
    String occupation = o.getRequirements().basics().getOccupationUri();
    return occupation == null ? null : regulation.of(occupation);
  }
}
