package org.talentbruecke.reference.domain.recognition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plain-language advice for one qualification: is it regulated, who decides, and what to do next.
 *
 * @param iscoCode the ISCO-08 unit group the advice is for
 * @param regulation regulation answer for the unit group, with its kind
 * @param headline one sentence on what the kind of regulation means for the person, in the
 *     requested language
 * @param group the profession group the advice is based on
 * @param alternative the non-regulated route when the answer depends on the exact occupation
 * @param responsibleBody the body to turn to (of {@code group})
 * @param explanation what recognition changes for this profession, in the requested language
 * @param nextStep the next step for the given state, in the requested language
 * @param hints funding, residence and counselling help that applies, in the requested language
 */
public record RecognitionAdvice(
    String iscoCode,
    RegulationAnswer regulation,
    String headline,
    ProfessionGroup group,
    Optional<ProfessionGroup> alternative,
    String responsibleBody,
    String explanation,
    String nextStep,
    List<String> hints) {

  public RecognitionAdvice {
    IscoCodes.requireUnitGroup(iscoCode);
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(responsibleBody, "responsibleBody");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(nextStep, "nextStep");
    hints = List.copyOf(hints);
  }
}
