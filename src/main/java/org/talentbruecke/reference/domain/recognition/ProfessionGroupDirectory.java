package org.talentbruecke.reference.domain.recognition;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the profession groups and their ISCO-08 mapping, implemented by the reference data
 * loaders.
 */
public interface ProfessionGroupDirectory {

  /** Id of the group used for university degrees in non-regulated professions. */
  String ACADEMIC_FALLBACK = "ACADEMIC_NON_REGULATED";

  /** Id of the group used for vocational qualifications in non-regulated occupations. */
  String VOCATIONAL_FALLBACK = "VOCATIONAL_NON_REGULATED";

  /** The group with this id, if any. */
  Optional<ProfessionGroup> group(String id);

  /**
   * All mappings for the ISCO-08 unit group, FULL coverage first; empty when the unit group is not
   * listed.
   */
  List<IscoMapping> mappingsFor(String iscoCode);
}
