package org.talentbruecke.opening.domain;

/**
 * What an opening needs of the recognition of a foreign qualification in Germany. Regulated
 * professions need full recognition to practise, so the editor pre-sets that for them.
 */
public enum RecognitionRequirement {
  /** Only people whose qualification is fully recognised (full equivalence). */
  FULL_REQUIRED,
  /** People whose recognition procedure or compensation measure is still running may apply too. */
  IN_PROGRESS_ACCEPTED
}
