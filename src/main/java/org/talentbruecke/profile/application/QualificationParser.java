package org.talentbruecke.profile.application;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.talentbruecke.profile.domain.Availability;
import org.talentbruecke.profile.domain.DrivingLicenceClass;
import org.talentbruecke.profile.domain.Qualification;
import org.talentbruecke.profile.domain.QualificationType;
import org.talentbruecke.profile.domain.Recognition;
import org.talentbruecke.profile.domain.WorkPermitStatus;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.recognition.AnabinRating;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;

/** Turns the qualification and availability steps of {@link ProfileData} into domain values. */
final class QualificationParser {
  static final int FIRST_YEAR = 1940;
  private final Fields fields;
  private final MunicipalityCatalog municipalities;

  QualificationParser(Fields fields, MunicipalityCatalog municipalities) {
    this.fields = fields;
    this.municipalities = municipalities;
  }

  List<Qualification> qualifications(List<ProfileData.QualificationEntry> input) {
    List<Qualification> result = new ArrayList<>();
    List<ProfileData.QualificationEntry> entries = fields.list("qualifications", input);
    for (int i = 0; i < entries.size(); i++) {
      ProfileData.QualificationEntry e = entries.get(i);
      String at = "qualifications[" + i + "]";
      int before = fields.errorMark();
      QualificationType type = fields.choice(at + ".type", e.type(), QualificationType.class, true);
      String title = fields.text(at + ".title", e.title(), Qualification.MAX_TITLE, true);
      String country = fields.country(at + ".country", e.country());
      String institution =
          fields.text(at + ".institution", e.institution(), Qualification.MAX_INSTITUTION, false);
      if (e.year() != null && (e.year() < FIRST_YEAR || e.year() > Year.now().getValue() + 1)) {
        // A year is shown as written, not as a number with a thousands separator ("1.940").
        fields.checks.add(at + ".year", "profile.validation.year", String.valueOf(FIRST_YEAR));
      }
      if (e.eqfLevel() != null && !Qualification.isEqfLevel(e.eqfLevel())) {
        fields.checks.add(at + ".eqfLevel", "profile.validation.eqfLevel");
      }
      AnabinRating anabin = fields.choice(at + ".anabin", e.anabin(), AnabinRating.class, false);
      if (anabin != null && type != QualificationType.ACADEMIC) {
        fields.checks.add(at + ".anabin", "profile.validation.anabinOnlyAcademic");
      }
      Recognition recognition = recognition(at + ".recognition", e.recognition());
      WorkAndSkillParser.add(
          result,
          fields.build(
              at,
              fields.errorMark() == before,
              () ->
                  new Qualification(
                      type,
                      title,
                      country,
                      institution,
                      e.year(),
                      e.eqfLevel(),
                      recognition,
                      anabin)));
    }
    return result;
  }

  private Recognition recognition(String at, ProfileData.RecognitionEntry r) {
    if (r == null || Fields.blank(r.status())) {
      return Recognition.notStarted();
    }
    int before = fields.errorMark();
    RecognitionStatus status =
        fields.choice(at + ".status", r.status(), RecognitionStatus.class, true);
    LocalDate appliedOn =
        fields.date(at + ".appliedOn", r.appliedOn(), status == RecognitionStatus.APPLIED);
    String body =
        fields.text(
            at + ".body", r.body(), Recognition.MAX_BODY, status == RecognitionStatus.APPLIED);
    boolean partial = status == RecognitionStatus.PARTIAL_EQUIVALENCE;
    String differences =
        fields.longText(at + ".differences", r.differences(), Recognition.MAX_DIFFERENCES);
    if (partial && differences == null && fields.errorMark() == before) {
      fields.checks.add(at + ".differences", "validation.required");
    }
    if (!partial && differences != null) {
      fields.checks.add(at + ".differences", "profile.validation.onlyPartial");
    }
    CompensationMeasure measure =
        fields.choice(at + ".measure", r.measure(), CompensationMeasure.class, false);
    MeasureStatus progress =
        fields.choice(at + ".measureStatus", r.measureStatus(), MeasureStatus.class, false);
    if (!partial && measure != null) {
      fields.checks.add(at + ".measure", "profile.validation.onlyPartial");
    }
    if ((measure == null) != (progress == null) && fields.errorMark() == before) {
      fields.checks.add(at + ".measureStatus", "profile.validation.measureStatus");
    }
    if (status == RecognitionStatus.NOT_STARTED && (appliedOn != null || body != null)) {
      fields.checks.add(at + ".status", "profile.validation.notStartedWithApplication");
    }
    String reference =
        fields.concept(
            at + ".referenceOccupationUri",
            r.referenceOccupationUri(),
            ConceptType.OCCUPATION,
            false);
    return fields.build(
        at,
        fields.errorMark() == before,
        () -> new Recognition(status, appliedOn, body, differences, measure, progress, reference));
  }

  Availability availability(ProfileData.AvailabilityEntry a) {
    if (a == null) {
      return Availability.unknown();
    }
    int before = fields.errorMark();
    LocalDate from = fields.date("availability.from", a.from(), false);
    Set<WorkingHours> hours = EnumSet.noneOf(WorkingHours.class);
    for (String h : fields.list("availability.hours", a.hours())) {
      WorkAndSkillParser.add(
          hours, fields.choice("availability.hours", h, WorkingHours.class, true));
    }
    String ags = Fields.blank(a.municipality()) ? null : a.municipality().strip();
    if (ags != null && municipalities.byAgs(ags).isEmpty()) {
      fields.checks.add("availability.municipality", "profile.validation.municipality");
    }
    notNegative("availability.maxCommuteMinutes", a.maxCommuteMinutes());
    notNegative("availability.maxCommuteKm", a.maxCommuteKm());
    Set<DrivingLicenceClass> licences = EnumSet.noneOf(DrivingLicenceClass.class);
    for (String l : fields.list("availability.drivingLicences", a.drivingLicences())) {
      WorkAndSkillParser.add(
          licences,
          fields.choice("availability.drivingLicences", l, DrivingLicenceClass.class, true));
    }
    WorkPermitStatus permit =
        fields.choice("availability.workPermit", a.workPermit(), WorkPermitStatus.class, false);
    Availability built =
        fields.build(
            "availability",
            fields.errorMark() == before,
            () ->
                new Availability(
                    from,
                    hours,
                    ags,
                    a.maxCommuteMinutes(),
                    a.maxCommuteKm(),
                    a.publicTransportOnly(),
                    licences,
                    permit));
    return built == null ? Availability.unknown() : built;
  }

  private void notNegative(String field, Integer value) {
    if (value != null && (value < 0 || value > 1000)) {
      fields.checks.add(field, "profile.validation.range", 0, 1000);
    }
  }
}
