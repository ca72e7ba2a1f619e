package org.talentbruecke.reference.domain.course;

import java.util.Objects;
import java.util.Optional;
import org.talentbruecke.reference.domain.LocalizedText;
import org.talentbruecke.reference.domain.language.CefrLevel;

/**
 * A kind of German course from the federal programmes (integration course, job-related German
 * courses).
 *
 * @param id stable identifier, e.g. "BSK_B2"
 * @param type programme and course family
 * @param name course name
 * @param entryLevel level normally required to start, empty when there is no entry requirement
 * @param targetLevel level the course aims at, empty for subject-specific courses without a level
 *     goal
 * @param teachingUnits usual length in teaching units of 45 minutes, empty when it varies too much
 * @param finalExam name of the usual final exam, empty when the course has none
 * @param description who the course is for, in plain words
 */
public record GermanCourse(
    String id,
    CourseType type,
    LocalizedText name,
    Optional<CefrLevel> entryLevel,
    Optional<CefrLevel> targetLevel,
    Optional<Integer> teachingUnits,
    Optional<String> finalExam,
    LocalizedText description) {

  public GermanCourse {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entryLevel, "entryLevel");
    Objects.requireNonNull(targetLevel, "targetLevel");
    Objects.requireNonNull(teachingUnits, "teachingUnits");
    Objects.requireNonNull(finalExam, "finalExam");
    Objects.requireNonNull(description, "description");
    if (entryLevel.isPresent()
        && targetLevel.isPresent()
        && !targetLevel.get().isAbove(entryLevel.get())) {
      throw new IllegalArgumentException("target level must be above entry level: " + id);
    }
  }
}
