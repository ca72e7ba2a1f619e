package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * When, how much and where a person can work. Sets are kept as comma-separated names: they are
 * small, read as a whole and never queried element by element.
 */
@Embeddable
public class Availability {
  @Column(name = "AVAILABLE_FROM")
  private LocalDate from;

  @Column(name = "WORKING_HOURS", length = 100)
  private String hours;

  @Column(name = "HOME_AGS", length = 12)
  private String homeMunicipality;

  @Column(name = "MAX_COMMUTE_MINUTES")
  private Integer maxCommuteMinutes;

  @Column(name = "MAX_COMMUTE_KM")
  private Integer maxCommuteKm;

  @Column(name = "PUBLIC_TRANSPORT_ONLY", nullable = false)
  private boolean publicTransportOnly;

  @Column(name = "DRIVING_LICENCES", length = 200)
  private String drivingLicences;

  @Enumerated(EnumType.STRING)
  @Column(name = "WORK_PERMIT", length = 40)
  private WorkPermitStatus workPermit;

  protected Availability() {}

  public Availability(
      LocalDate from,
      Set<WorkingHours> hours,
      String homeMunicipality,
      Integer maxCommuteMinutes,
      Integer maxCommuteKm,
      boolean publicTransportOnly,
      Set<DrivingLicenceClass> drivingLicences,
      WorkPermitStatus workPermit) {
    if (negative(maxCommuteMinutes) || negative(maxCommuteKm)) {
      throw new IllegalArgumentException("A commute cannot be negative");
    }
    this.from = from;
    this.hours = join(hours);
    this.homeMunicipality = homeMunicipality;
    this.maxCommuteMinutes = maxCommuteMinutes;
    this.maxCommuteKm = maxCommuteKm;
    this.publicTransportOnly = publicTransportOnly;
    this.drivingLicences = join(drivingLicences);
    this.workPermit = workPermit;
  }

  public static Availability unknown() {
    return new Availability(null, Set.of(), null, null, null, false, Set.of(), null);
  }

  /** True when the person said from when, how much and where they can work. */
  public boolean isStated() {
    return from != null && !getHours().isEmpty() && homeMunicipality != null;
  }

  public LocalDate getFrom() {
    return from;
  }

  public Set<WorkingHours> getHours() {
    return split(hours, WorkingHours.class);
  }

  public String getHomeMunicipality() {
    return homeMunicipality;
  }

  public Integer getMaxCommuteMinutes() {
    return maxCommuteMinutes;
  }

  public Integer getMaxCommuteKm() {
    return maxCommuteKm;
  }

  public boolean isPublicTransportOnly() {
    return publicTransportOnly;
  }

  public Set<DrivingLicenceClass> getDrivingLicences() {
    return split(drivingLicences, DrivingLicenceClass.class);
  }

  public WorkPermitStatus getWorkPermit() {
    return workPermit;
  }

  private static boolean negative(Integer value) {
    return value != null && value < 0;
  }

  private static String join(Set<? extends Enum<?>> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (text != null) {
      Arrays.stream(text.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
    }
    return values;
  }
}
