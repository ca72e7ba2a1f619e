package org.talentbruecke.opening.domain;

/** Number of employees in the bands of the EU SME definition (Recommendation 2003/361/EC). */
public enum SizeBand {
  MICRO, // fewer than 10
  SMALL, // 10 to 49
  MEDIUM, // 50 to 249
  LARGE // 250 or more
}
