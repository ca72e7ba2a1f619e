package org.talentbruecke.reference.domain.recognition;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * A group of professions that share a recognition procedure and a responsible body for residents of
 * Region Hannover.
 *
 * @param id stable identifier, e.g. "NURSE"
 * @param name short name of the group
 * @param regulation how the profession is regulated in Germany
 * @param track kind of procedure
 * @param referenceOccupations German reference occupations (Referenzberufe) in this group, in
 *     German
 * @param responsibleBody body that decides for applicants living in Region Hannover
 * @param bodyVerified true when the body was confirmed against a public source while compiling the
 *     data
 * @param legalBasis main legal basis (German abbreviations)
 * @param compensationMeasures measures the body may require when differences are found
 * @param compensationNote what the measures and other conditions look like in practice
 * @param explanation 2–3 plain sentences (about CEFR B1): what recognition changes
 * @param validFrom first day the group applies, when a change in the law is already known
 * @param validUntil last day the group applies, when a change in the law is already known
 */
public record ProfessionGroup(
    String id,
    LocalizedText name,
    Regulation regulation,
    RecognitionTrack track,
    String referenceOccupations,
    String responsibleBody,
    boolean bodyVerified,
    String legalBasis,
    Set<CompensationMeasure> compensationMeasures,
    LocalizedText compensationNote,
    LocalizedText explanation,
    Optional<LocalDate> validFrom,
    Optional<LocalDate> validUntil) {

  public ProfessionGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(referenceOccupations, "referenceOccupations");
    Objects.requireNonNull(responsibleBody, "responsibleBody");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(compensationNote, "compensationNote");
    Objects.requireNonNull(explanation, "explanation");
    compensationMeasures =
        compensationMeasures.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(compensationMeasures));
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    // A regulated group must use the regulated procedure and vice versa, a licence the licence
    // track, or the advice would contradict itself.
    if (regulation.isRegulated() != (track == RecognitionTrack.REGULATED)
        || (regulation == Regulation.LICENCE) != (track == RecognitionTrack.LICENSED)) {
      throw new IllegalArgumentException("regulation and track disagree for group " + id);
    }
    if (validFrom.isPresent()
        && validUntil.isPresent()
        && validUntil.get().isBefore(validFrom.get())) {
      throw new IllegalArgumentException("valid_until before valid_from for group " + id);
    }
  }

  /** A group without a known change in the law. */
  public ProfessionGroup(
      String id,
      LocalizedText name,
      Regulation regulation,
      RecognitionTrack track,
      String referenceOccupations,
      String responsibleBody,
      boolean bodyVerified,
      String legalBasis,
      Set<CompensationMeasure> compensationMeasures,
      LocalizedText compensationNote,
      LocalizedText explanation) {
    this(
        id,
        name,
        regulation,
        track,
        referenceOccupations,
        responsibleBody,
        bodyVerified,
        legalBasis,
        compensationMeasures,
        compensationNote,
        explanation,
        Optional.empty(),
        Optional.empty());
  }

  /** True when the law behind the group applies on this day. */
  public boolean isValidOn(LocalDate day) {
    return validFrom.map(from -> !day.isBefore(from)).orElse(true)
        && validUntil.map(until -> !day.isAfter(until)).orElse(true);
  }

  /** True when the group is regulated under the recognition law (activity, title or craft). */
  public boolean isRegulated() {
    return regulation.isRegulated();
  }
}
