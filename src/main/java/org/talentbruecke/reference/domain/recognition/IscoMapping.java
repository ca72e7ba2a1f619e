package org.talentbruecke.reference.domain.recognition;

import java.util.Objects;

/**
 * Links an ISCO-08 unit group to a profession group, so any ESCO occupation can be placed via its
 * ISCO code.
 *
 * @param iscoCode four-digit ISCO-08 unit group
 * @param groupId id of the {@link ProfessionGroup}
 * @param coverage whether the whole unit group or only part of it belongs to the group
 * @param note why the coverage is partial, or an empty string
 */
public record IscoMapping(String iscoCode, String groupId, Coverage coverage, String note) {

  public IscoMapping {
    IscoCodes.requireUnitGroup(iscoCode);
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(coverage, "coverage");
    note = note == null ? "" : note;
  }
}
