package org.talentbruecke.reference.domain.recognition;

import java.util.Objects;

/**
 * A regulated German reference occupation (Referenzberuf), used to cross-check the ISCO mapping.
 *
 * @param referenceOccupation German name of the reference occupation
 * @param nameEn English name
 * @param iscoCode the ISCO-08 unit group the occupation mainly falls in
 * @param groupId id of its {@link ProfessionGroup}
 * @param regulation the kind of regulation (never NONE)
 * @param stateLaw true when regulated by Lower Saxony's law rather than federal law
 */
public record RegulatedProfession(
    String referenceOccupation,
    String nameEn,
    String iscoCode,
    String groupId,
    Regulation regulation,
    boolean stateLaw) {

  public RegulatedProfession {
    Objects.requireNonNull(referenceOccupation, "referenceOccupation");
    Objects.requireNonNull(nameEn, "nameEn");
    IscoCodes.requireUnitGroup(iscoCode);
    Objects.requireNonNull(groupId, "groupId");
    if (regulation == null || regulation == Regulation.NONE) {
      throw new IllegalArgumentException(
          "a regulated profession needs a kind of regulation: " + referenceOccupation);
    }
  }
}
