package org.talentbruecke.reference.application;

import org.talentbruecke.reference.domain.BroaderRelation;
import org.talentbruecke.reference.domain.OccupationSkillRelation;

/**
 * Receives validated ESCO records one by one while files are streamed; rows with errors are never
 * passed on. A handler that writes somewhere should only do so after the whole stream finished
 * without errors.
 */
public interface EscoRecordHandler {

  default void onConcept(EscoConceptRow row) {}

  default void onOccupationSkillRelation(
      OccupationSkillRelation relation, String file, long line) {}

  default void onBroaderRelation(BroaderRelation relation, String file, long line) {}
}
