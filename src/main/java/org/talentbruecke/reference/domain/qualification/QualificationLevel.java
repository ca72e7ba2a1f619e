package org.talentbruecke.reference.domain.qualification;

import java.util.List;
import java.util.Objects;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * One level (1–8) of the European and German Qualifications Frameworks, which share the same
 * numbering.
 *
 * @param level 1 (lowest) to 8 (doctorate)
 * @param description what a person at this level can typically do, in plain words
 * @param typicalQualificationsDe German qualifications assigned to this level, in German
 * @param typicalQualificationsEn the same list in English, same order
 */
public record QualificationLevel(
    int level,
    LocalizedText description,
    List<String> typicalQualificationsDe,
    List<String> typicalQualificationsEn) {

  public static final int MIN_LEVEL = 1;
  public static final int MAX_LEVEL = 8;

  public QualificationLevel {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new IllegalArgumentException("EQF/DQR level must be 1..8: " + level);
    }
    Objects.requireNonNull(description, "description");
    typicalQualificationsDe = List.copyOf(typicalQualificationsDe);
    typicalQualificationsEn = List.copyOf(typicalQualificationsEn);
    if (typicalQualificationsDe.size() != typicalQualificationsEn.size()) {
      throw new IllegalArgumentException("qualification lists differ in length at level " + level);
    }
  }

  /** True when this level meets or exceeds the given one, e.g. for "at least DQR 4" filters. */
  public boolean isAtLeast(int required) {
    return level >= required;
  }
}
