package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.recognition.IscoCodes;
import org.talentbruecke.reference.domain.recognition.RecognitionAdvice;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;

/**
 * Tells whether an ESCO occupation is regulated in Germany, from ESCO's own flag and the region's
 * recognition reference data (ISCO-08 unit group to profession group).
 */
@ApplicationScoped
public class RegulationLookup {
  // Produced once per application by reference.infrastructure.ReferenceCatalogs.
  @Inject private RecognitionAdviceService recognition;
  @Inject private Vocabulary vocabulary;

  public OccupationRegulation of(String occupationUri) {
    if (occupationUri == null || occupationUri.isBlank()) {
      return OccupationRegulation.notRegulated();
    }
    Vocabulary.OccupationFacts facts =
        vocabulary.occupationFacts(List.of(occupationUri)).get(occupationUri);
    return facts == null ? OccupationRegulation.notRegulated() : of(facts);
  }

  /** For lists: the caller fetches the facts of all its occupations in one call. */
  public OccupationRegulation of(Vocabulary.OccupationFacts facts) {
    Optional<RecognitionAdvice> advice = advice(facts.iscoCode());
    RegulationAnswer answer =
        advice.map(RecognitionAdvice::regulation).orElse(RegulationAnswer.NOT_REGULATED);
    if (facts.escoRegulated() && answer == RegulationAnswer.NOT_REGULATED) {
      return new OccupationRegulation(OccupationRegulation.Kind.REGULATED, Optional.empty());
    }
    return switch (answer) {
      case REGULATED ->
          new OccupationRegulation(
              OccupationRegulation.Kind.REGULATED, advice.map(a -> a.group().name()));
      case DEPENDS_ON_OCCUPATION ->
          new OccupationRegulation(
              OccupationRegulation.Kind.DEPENDS_ON_OCCUPATION, advice.map(a -> a.group().name()));
      case NOT_REGULATED -> OccupationRegulation.notRegulated();
    };
  }

  private Optional<RecognitionAdvice> advice(String iscoCode) {
    if (iscoCode == null || !iscoCode.matches("\\d{4}")) {
      return Optional.empty();
    }
    return Optional.of(
        recognition.advise(
            IscoCodes.requireUnitGroup(iscoCode),
            RecognitionState.of(RecognitionStatus.NOT_STARTED),
            Locale.GERMAN));
  }
}
