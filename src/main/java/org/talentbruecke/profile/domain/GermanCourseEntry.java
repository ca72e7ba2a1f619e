package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.talentbruecke.reference.domain.course.CourseType;
import org.talentbruecke.reference.domain.language.CefrLevel;

/** An integration course or job-related German course, taken or planned, with its target level. */
@Embeddable
public class GermanCourseEntry {
  @Enumerated(EnumType.STRING)
  @Column(name = "COURSE_TYPE", nullable = false, length = 30)
  private CourseType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "CEFR_LEVEL", length = 2)
  private CefrLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 20)
  private CourseStatus status;

  protected GermanCourseEntry() {}

  public GermanCourseEntry(CourseType type, CefrLevel level, CourseStatus status) {
    this.type = Objects.requireNonNull(type);
    this.level = level;
    this.status = Objects.requireNonNull(status);
  }

  public CourseType getType() {
    return type;
  }

  public CefrLevel getLevel() {
    return level;
  }

  public CourseStatus getStatus() {
    return status;
  }
}
