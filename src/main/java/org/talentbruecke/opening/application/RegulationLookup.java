package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.reference.domain.recognition.IscoCodes;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;
import org.talentbruecke.reference.domain.recognition.Regulation;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;

/**
 * Tells whether and how an ESCO occupation is regulated in Germany, from ESCO's own flag and the
 * region's recognition reference data (ISCO-08 unit group to profession group). It gives the same
 * {@link RegulationAnswer} the job seeker's advice uses, so both sides read one set of facts.
 */
@ApplicationScoped
public class RegulationLookup {
  // Produced once per application by reference.infrastructure.ReferenceCatalogs.
  @Inject private RecognitionAdviceService recognition;
  @Inject private Vocabulary vocabulary;

  public RegulationAnswer of(String occupationUri) {
    if (occupationUri == null || occupationUri.isBlank()) {
      return RegulationAnswer.notRegulated();
    }
    Vocabulary.OccupationFacts facts =
        vocabulary.occupationFacts(List.of(occupationUri)).get(occupationUri);
    return facts == null ? RegulationAnswer.notRegulated() : of(facts);
  }

  /**
   * What an employer or a reader of the opening should know about the occupation's regulation, or
   * null when it is not regulated.
   *
   * @param label the occupation's label, named when the reference data has no profession group
   * @param forEditor true in the employer's editor, which also says whether a preset was made
   */
  public String notice(String occupationUri, String label, Locale locale, boolean forEditor) {
    return recognition.employerNotice(of(occupationUri), label, locale, forEditor).orElse(null);
  }

  /** For lists: the caller fetches the facts of all its occupations in one call. */
  public RegulationAnswer of(Vocabulary.OccupationFacts facts) {
    String isco = facts.iscoCode();
    RegulationAnswer answer =
        isco != null && isco.matches("\\d{4}")
            ? recognition.regulationOf(IscoCodes.requireUnitGroup(isco))
            : RegulationAnswer.notRegulated();
    if (facts.escoRegulated() && !answer.isRegulated()) {
      // ESCO flags it regulated, but the regional data does not know the kind. Keep the
      // strictest kind so the notice is shown, yet mark it as depending on the exact occupation:
      // without knowing the kind, nothing is pre-set that might shut out people who may work.
      return new RegulationAnswer(Regulation.ACTIVITY, true, Optional.empty());
    }
    return answer;
  }
}
