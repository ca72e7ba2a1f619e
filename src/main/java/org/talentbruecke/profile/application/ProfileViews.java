package org.talentbruecke.profile.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentbruecke.profile.domain.Availability;
import org.talentbruecke.profile.domain.CertificateEntry;
import org.talentbruecke.profile.domain.LanguageSkill;
import org.talentbruecke.profile.domain.Profile;
import org.talentbruecke.profile.domain.Qualification;
import org.talentbruecke.profile.domain.Recognition;

/** Turns a stored profile back into {@link ProfileData}, in the shape it is written in. */
final class ProfileViews {
  private ProfileViews() {}

  static ProfileData of(Profile p) {
    return new ProfileData(
        p.getOccupations().stream()
            .map(o -> new ProfileData.Occupation(o.getEscoUri(), o.isPreferred()))
            .toList(),
        p.getSkills().stream()
            .map(
                s ->
                    new ProfileData.Skill(
                        s.getEscoUri(),
                        s.getDescription(),
                        s.getLevel().name(),
                        s.isUsedInGermany()))
            .toList(),
        p.getWorkHistory().stream()
            .map(
                w ->
                    new ProfileData.Work(
                        w.getEmployerType().name(),
                        w.getOccupationUri(),
                        w.getTitle(),
                        w.getCountry(),
                        text(w.getFrom()),
                        text(w.getTo()),
                        w.getTasks()))
            .toList(),
        p.getLanguages().stream().map(l -> language(l, p.getCertificates())).toList(),
        p.getGermanCourses().stream()
            .map(
                c ->
                    new ProfileData.Course(
                        c.getType().name(), text(c.getLevel()), c.getStatus().name()))
            .toList(),
        p.getQualifications().stream().map(ProfileViews::qualification).toList(),
        availability(p.getAvailability()),
        p.getAbout(),
        p.getVisibility().name());
  }

  private static ProfileData.Language language(
      LanguageSkill l, List<CertificateEntry> certificates) {
    Map<String, String> levels = new LinkedHashMap<>();
    l.levels().forEach((skill, level) -> levels.put(skill.name(), level.name()));
    List<ProfileData.Certificate> own =
        certificates.stream()
            .filter(c -> c.getLanguageCode().equals(l.getCode()))
            .map(c -> new ProfileData.Certificate(c.getName(), text(c.getAwardedOn())))
            .toList();
    return new ProfileData.Language(l.getCode(), l.isMotherTongue(), levels, own);
  }

  private static ProfileData.QualificationEntry qualification(Qualification q) {
    Recognition r = q.getRecognition();
    ProfileData.RecognitionEntry recognition =
        new ProfileData.RecognitionEntry(
            r.getStatus().name(),
            text(r.getAppliedOn()),
            r.getBody(),
            r.getDifferences(),
            text(r.getMeasure()),
            text(r.getMeasureStatus()),
            r.getReferenceOccupationUri());
    return new ProfileData.QualificationEntry(
        q.getType().name(),
        q.getTitle(),
        q.getCountry(),
        q.getInstitution(),
        q.getYear(),
        q.getEqfLevel(),
        recognition,
        text(q.getAnabin()));
  }

  private static ProfileData.AvailabilityEntry availability(Availability a) {
    return new ProfileData.AvailabilityEntry(
        text(a.getFrom()),
        a.getHours().stream().map(Enum::name).toList(),
        a.getHomeMunicipality(),
        a.getMaxCommuteMinutes(),
        a.getMaxCommuteKm(),
        a.isPublicTransportOnly(),
        a.getDrivingLicences().stream().map(Enum::name).toList(),
        text(a.getWorkPermit()));
  }

  private static String text(Object value) {
    return value == null ? null : Objects.toString(value);
  }
}
