package org.talentbruecke.profile.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.talentbruecke.profile.application.ProfileData;

/**
 * Step 6: from when, how many hours, where (home municipality and how far the person can commute),
 * driving licences and the work permit as the person states it (no documents).
 */
@Named
@ViewScoped
public class AvailabilityStepPage extends ProfileStepPage {
  private static final long serialVersionUID = 1L;

  private String from;
  private List<String> hours = new ArrayList<>();
  private String municipality;
  private Integer maxCommuteMinutes;
  private Integer maxCommuteKm;
  private boolean publicTransportOnly;
  private List<String> drivingLicences = new ArrayList<>();
  private String workPermit;

  @Override
  protected void fill(ProfileData saved) {
    ProfileData.AvailabilityEntry a = saved.availability();
    if (a == null) {
      return;
    }
    from = a.from();
    hours = new ArrayList<>(a.hours() == null ? List.of() : a.hours());
    municipality = a.municipality();
    maxCommuteMinutes = a.maxCommuteMinutes();
    maxCommuteKm = a.maxCommuteKm();
    publicTransportOnly = a.publicTransportOnly();
    drivingLicences =
        new ArrayList<>(a.drivingLicences() == null ? List.of() : a.drivingLicences());
    workPermit = a.workPermit();
  }

  @Override
  protected ProfileData applyTo(ProfileData saved) {
    return saved.withAvailability(
        new ProfileData.AvailabilityEntry(
            from,
            List.copyOf(hours),
            municipality,
            maxCommuteMinutes,
            maxCommuteKm,
            publicTransportOnly,
            List.copyOf(drivingLicences),
            workPermit));
  }

  @Override
  public ProfileStep getStep() {
    return ProfileStep.AVAILABILITY;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public List<String> getHours() {
    return hours;
  }

  public void setHours(List<String> hours) {
    this.hours = hours == null ? new ArrayList<>() : new ArrayList<>(hours);
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public Integer getMaxCommuteMinutes() {
    return maxCommuteMinutes;
  }

  public void setMaxCommuteMinutes(Integer maxCommuteMinutes) {
    this.maxCommuteMinutes = maxCommuteMinutes;
  }

  public Integer getMaxCommuteKm() {
    return maxCommuteKm;
  }

  public void setMaxCommuteKm(Integer maxCommuteKm) {
    this.maxCommuteKm = maxCommuteKm;
  }

  public boolean isPublicTransportOnly() {
    return publicTransportOnly;
  }

  public void setPublicTransportOnly(boolean publicTransportOnly) {
    this.publicTransportOnly = publicTransportOnly;
  }

  public List<String> getDrivingLicences() {
    return drivingLicences;
  }

  public void setDrivingLicences(List<String> drivingLicences) {
    this.drivingLicences =
        drivingLicences == null ? new ArrayList<>() : new ArrayList<>(drivingLicences);
  }

  public String getWorkPermit() {
    return workPermit;
  }

  public void setWorkPermit(String workPermit) {
    this.workPermit = workPermit;
  }
}
