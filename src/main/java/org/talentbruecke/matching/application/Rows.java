package org.talentbruecke.matching.application;

/**
 * The layout of the matching index's packed rows: one {@code int[]} per candidate and one per
 * opening. Shared by the packing ({@link RowPacker}), the scans ({@link CandidateScan}, {@link
 * OpeningScan}), the score on packed rows ({@link PackedScore}) and the skill counts ({@link
 * SkillScarcity}).
 */
final class Rows {
  /** At most this many skill requirements (must + nice) fit the 3-bit-per-requirement masks. */
  static final int MAX_FAST_REQUIREMENTS = 21;

  // A candidate row: these fixed fields, then skills (skillId << 2 | level ordinal), desired
  // occupations (pairs: occupationId, isco), work (triples: occupationId, isco, years << 10 |
  // country letters), languages (languageId << 16 | mother tongue << 15 | 5 × 3 bits of level +
  // 1), qualifications (triples: occupationId, isco, packed eqf and recognition). One array per
  // person instead of one per section: fewer object headers, and a scan touches one place in
  // memory per person. Rows are never changed after packing.
  static final int C_MUNICIPALITY = 0;
  static final int C_HOURS = 1;
  static final int C_COMMUTE_KM = 2;
  static final int C_START_DAY = 3;
  static final int C_SKILLS = 4;
  static final int C_DESIRED = 5;
  static final int C_WORK = 6;
  static final int C_LANGUAGES = 7;
  static final int C_QUALIFICATIONS = 8;
  static final int C_HEADER = 9;

  // An opening row: these fixed fields (numbers and flags copied out of the snapshot), then the
  // requirements (skill ids, -1 when no indexed item has it, must-haves first), then the other
  // languages (languageId << 8 | level ordinal, languageId -1 → 0xFFFFFF). A scan of openings
  // reads only rows; the snapshot is kept for the explanations of the best few.
  static final int O_OCCUPATION = 0;
  static final int O_ISCO = 1;
  static final int O_MUST = 2;
  static final int O_REQUIREMENTS = 3;
  static final int O_GERMAN = 4; // 5 × 3 bits of required level + 1
  static final int O_MUNICIPALITY = 5;
  static final int O_HOURS_BIT = 6;
  static final int O_START_DAY = 7;
  static final int O_EQF = 8;
  static final int O_MINIMUM_YEARS = 9;
  static final int O_FLAGS = 10; // RECOGNITION_MATTERS | QUALIFICATION_FREE | …
  static final int O_OTHER_LANGUAGES = 11;
  static final int O_HEADER = 12;

  // The flags of O_FLAGS.
  static final int RECOGNITION_MATTERS = 1;
  static final int QUALIFICATION_FREE = 2;
  static final int REQUIRES_RECOGNITION = 4;

  private Rows() {}

  static int desiredAt(int[] c) {
    return C_HEADER + c[C_SKILLS];
  }

  static int workAt(int[] c) {
    return desiredAt(c) + 2 * c[C_DESIRED];
  }

  static int languagesAt(int[] c) {
    return workAt(c) + 3 * c[C_WORK];
  }

  static int qualificationsAt(int[] c) {
    return languagesAt(c) + c[C_LANGUAGES];
  }
}
