package org.talentbruecke.opening.domain;

/** Whether an opening is a job or a vocational apprenticeship (Ausbildung). */
public enum OpeningKind {
  JOB,
  APPRENTICESHIP
}
