package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One job in the work history, by country, so that experience abroad counts; an open end month
 * means the job continues.
 */
@Embeddable
public class WorkEntry {
  public static final int MAX_TITLE = 200;
  public static final int MAX_TASKS = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "EMPLOYER_TYPE", nullable = false, length = 30)
  private EmployerType employerType;

  @Column(name = "OCCUPATION_URI", length = 255)
  private String occupationUri;

  @Column(name = "TITLE", length = MAX_TITLE)
  private String title;

  @Column(name = "COUNTRY", nullable = false, length = 2)
  private String country;

  @Column(name = "FROM_MONTH", nullable = false, length = 7)
  private YearMonth from;

  @Column(name = "TO_MONTH", length = 7)
  private YearMonth to;

  @Column(name = "TASKS", length = MAX_TASKS)
  private String tasks;

  protected WorkEntry() {}

  public WorkEntry(
      EmployerType employerType,
      String occupationUri,
      String title,
      String country,
      YearMonth from,
      YearMonth to,
      String tasks) {
    if (occupationUri == null && (title == null || title.isBlank())) {
      throw new IllegalArgumentException("A job needs an ESCO occupation or a title");
    }
    if (!endsInOrder(from, to)) {
      throw new IllegalArgumentException("A job cannot end before it starts");
    }
    if (tasks != null && tasks.length() > MAX_TASKS) {
      throw new IllegalArgumentException("Tasks are limited to " + MAX_TASKS + " characters");
    }
    this.employerType = Objects.requireNonNull(employerType);
    this.occupationUri = occupationUri;
    this.title = title;
    this.country = Objects.requireNonNull(country);
    this.from = Objects.requireNonNull(from);
    this.to = to;
    this.tasks = tasks;
  }

  /**
   * The date rule, also used by validation before anything is built: the end month may equal the
   * start month.
   */
  public static boolean endsInOrder(YearMonth from, YearMonth to) {
    return from != null && (to == null || !to.isBefore(from));
  }

  public EmployerType getEmployerType() {
    return employerType;
  }

  public String getOccupationUri() {
    return occupationUri;
  }

  public String getTitle() {
    return title;
  }

  public String getCountry() {
    return country;
  }

  public YearMonth getFrom() {
    return from;
  }

  public YearMonth getTo() {
    return to;
  }

  public String getTasks() {
    return tasks;
  }
}
