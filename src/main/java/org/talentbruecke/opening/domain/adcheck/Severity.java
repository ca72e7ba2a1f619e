package org.talentbruecke.opening.domain.adcheck;

/** How urgently an employer should act on a finding. */
public enum Severity {
  /** Wording that courts have treated, or are likely to treat, as discrimination under the AGG. */
  AGG_RISK,
  /** Lawful but vague wording that discourages qualified newcomers from applying. */
  ADVICE
}
