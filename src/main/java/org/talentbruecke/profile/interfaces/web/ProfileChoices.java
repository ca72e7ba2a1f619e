package org.talentbruecke.profile.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.talentbruecke.profile.domain.CourseStatus;
import org.talentbruecke.profile.domain.DrivingLicenceClass;
import org.talentbruecke.profile.domain.EmployerType;
import org.talentbruecke.profile.domain.QualificationType;
import org.talentbruecke.profile.domain.SkillLevel;
import org.talentbruecke.profile.domain.WorkPermitStatus;
import org.talentbruecke.reference.application.CefrDescriptorCatalog;
import org.talentbruecke.reference.application.CountryNames;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.QualificationLevelCatalog;
import org.talentbruecke.reference.domain.course.CourseType;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.recognition.AnabinRating;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;
import org.talentbruecke.shared.interfaces.web.LocaleBean;
import org.talentbruecke.shared.interfaces.web.Messages;

/**
 * The pick lists of the profile pages, labelled in the page's language: codes are what the form
 * submits, the labels come from the bundles or the reference data.
 */
@Named
@RequestScoped
public class ProfileChoices {
  @Inject private LocaleBean localeBean;
  @Inject private LanguageCatalog languages;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private CefrDescriptorCatalog cefr;
  @Inject private QualificationLevelCatalog qualificationLevels;

  public List<SelectItem> getSkillLevels() {
    return labelled(SkillLevel.values(), "profile.skillLevel.");
  }

  public List<SelectItem> getEmployerTypes() {
    return labelled(EmployerType.values(), "profile.employerType.");
  }

  public List<SelectItem> getHours() {
    return labelled(WorkingHours.values(), "profile.hours.");
  }

  public List<SelectItem> getWorkPermits() {
    return labelled(WorkPermitStatus.values(), "profile.workPermit.");
  }

  public List<SelectItem> getQualificationTypes() {
    return labelled(QualificationType.values(), "profile.qualificationType.");
  }

  public List<SelectItem> getRecognitionStatuses() {
    return labelled(RecognitionStatus.values(), "profile.recognition.");
  }

  public List<SelectItem> getMeasures() {
    return labelled(CompensationMeasure.values(), "profile.measure.");
  }

  public List<SelectItem> getMeasureStatuses() {
    return labelled(MeasureStatus.values(), "profile.measureStatus.");
  }

  public List<SelectItem> getAnabinRatings() {
    return labelled(AnabinRating.values(), "profile.anabin.");
  }

  public List<SelectItem> getCourseTypes() {
    return labelled(CourseType.values(), "profile.courseType.");
  }

  public List<SelectItem> getCourseStatuses() {
    return labelled(CourseStatus.values(), "profile.courseStatus.");
  }

  /** Driving licence classes are the same in every language. */
  public List<SelectItem> getDrivingLicences() {
    return Arrays.stream(DrivingLicenceClass.values())
        .map(c -> new SelectItem(c.name(), c.name()))
        .toList();
  }

  /** A1 to C2, each with its one-line summary so people can place themselves. */
  public List<SelectItem> getCefrLevels() {
    return Arrays.stream(CefrLevel.values()).map(l -> new SelectItem(l.name(), l.name())).toList();
  }

  public List<CefrLevel> getCefrLevelValues() {
    return List.of(CefrLevel.values());
  }

  public List<CefrSkill> getCefrSkills() {
    return List.of(CefrSkill.values());
  }

  public String cefrSummary(CefrLevel level) {
    return cefr.levelSummary(level).in(locale());
  }

  public String cefrSkillName(CefrSkill skill) {
    return cefr.skillName(skill).in(locale());
  }

  /** EQF levels 1 to 8 with what each typically stands for in Germany. */
  public List<SelectItem> getEqfLevels() {
    return qualificationLevels.all().stream()
        .map(q -> new SelectItem(q.level(), q.level() + " – " + q.description().in(locale())))
        .toList();
  }

  public List<SelectItem> getCountries() {
    return CountryNames.sortedByName(locale()).stream()
        .map(code -> new SelectItem(code, CountryNames.name(code, locale())))
        .toList();
  }

  public String countryName(String code) {
    return CountryNames.isKnown(code) ? CountryNames.name(code, locale()) : code;
  }

  public List<SelectItem> getLanguages() {
    Collator collator = Collator.getInstance(locale());
    return languages.all().stream()
        .map(l -> new SelectItem(l.code(), languages.displayName(l, locale())))
        .sorted(Comparator.comparing(SelectItem::getLabel, collator))
        .toList();
  }

  public String languageName(String code) {
    return languages.displayName(code, locale());
  }

  public List<SelectItem> getMunicipalities() {
    return municipalities.all().stream().map(m -> new SelectItem(m.ags(), m.name())).toList();
  }

  private List<SelectItem> labelled(Enum<?>[] values, String prefix) {
    return Arrays.stream(values)
        .map(v -> new SelectItem(v.name(), Messages.format(locale(), prefix + v.name())))
        .toList();
  }

  private Locale locale() {
    return localeBean.getLocale();
  }
}
