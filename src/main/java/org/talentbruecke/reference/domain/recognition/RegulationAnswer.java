package org.talentbruecke.reference.domain.recognition;

import java.util.Objects;
import java.util.Optional;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * The one answer to "is this occupation regulated in Germany, and how?" when its ISCO-08 unit group
 * (and perhaps ESCO's own flag) is known. Job seekers' advice, the employer's preset and matching
 * all read it, so they cannot disagree.
 *
 * @param kind the kind of regulation of the profession group the occupation was placed in
 * @param dependsOnOccupation true when only some occupations of the unit group have this kind, so
 *     the exact occupation decides
 * @param groupName the profession group, empty when not regulated or when only ESCO's flag is known
 */
public record RegulationAnswer(
    Regulation kind, boolean dependsOnOccupation, Optional<LocalizedText> groupName) {

  /** The three-valued answer the API has always given ("occupationRegulation"). */
  public enum Status {
    REGULATED,
    /** Some occupations of the unit group are regulated, others not. */
    DEPENDS_ON_OCCUPATION,
    NOT_REGULATED
  }

  public RegulationAnswer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(groupName, "groupName");
    if (kind == Regulation.NONE && dependsOnOccupation) {
      throw new IllegalArgumentException("a non-regulated answer cannot depend on the occupation");
    }
  }

  public static RegulationAnswer notRegulated() {
    return new RegulationAnswer(Regulation.NONE, false, Optional.empty());
  }

  /** Regulated, regulated only for some occupations of the group, or not regulated. */
  public Status status() {
    if (kind == Regulation.NONE) {
      return Status.NOT_REGULATED;
    }
    return dependsOnOccupation ? Status.DEPENDS_ON_OCCUPATION : Status.REGULATED;
  }

  public boolean isRegulated() {
    return kind != Regulation.NONE;
  }

  /**
   * "Full recognition required" is the safe default only where nobody may work without it: an
   * activity-regulated profession covering the whole unit group. For titles, crafts and licences it
   * would shut out people who may legally be hired, so the employer chooses.
   */
  public boolean presetsFullRecognition() {
    return kind == Regulation.ACTIVITY && !dependsOnOccupation;
  }
}
