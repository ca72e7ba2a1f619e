package org.talentbruecke.opening.domain;

/**
 * How far a candidate has got with an opening, in the order a case moves; a later stage includes
 * the earlier ones (a hired candidate was suggested, contacted and interviewed).
 */
public enum CandidateStage {
  SUGGESTED,
  CONTACTED,
  INTERVIEWED,
  HIRED
}
