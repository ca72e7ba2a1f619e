package org.talentbruecke.opening.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talentbruecke.opening.application.OpeningInput;
import org.talentbruecke.opening.application.RequirementsInput;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.opening.domain.Requirements;
import org.talentbruecke.reference.domain.LocalizedLabel;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.interfaces.web.ConceptOption;

/** The editor's form values, as the employer typed them; the service checks them. */
public class OpeningForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String title;
  private String description;
  private Integer positions;
  private String municipality;
  private String hours;
  private LocalDate startDate;
  private Integer durationMonths;
  private Integer payMin;
  private Integer payMax;
  private String kind;
  private String germanListening;
  private String germanReading;
  private String germanSpokenInteraction;
  private String germanSpokenProduction;
  private String germanWriting;
  private boolean offersMentoring;
  private boolean offersLanguageCourse;
  private boolean offersRecognitionHelp;
  private boolean openToLearners;
  private ConceptOption occupation;
  private List<String> mustHave = new ArrayList<>();
  private List<String> niceToHave = new ArrayList<>();
  private Integer minExperienceYears;
  private String qualification;
  private String qualificationEqf;
  private String recognition;
  private List<LanguageRow> languages = new ArrayList<>();

  /** The editor always offers at least this many rows for other languages. */
  static final int LANGUAGE_ROWS = 3;

  void fill(Opening o, Map<String, LocalizedLabel> labels) {
    fill(o);
    Requirements r = o.getRequirements();
    String occupationUri = r.basics().getOccupationUri();
    occupation =
        occupationUri == null ? null : ConceptOption.of(occupationUri, labels.get(occupationUri));
    mustHave = new ArrayList<>(r.mustHave());
    niceToHave = new ArrayList<>(r.niceToHave());
    minExperienceYears = r.basics().getMinExperienceYears();
    qualification = r.basics().getQualification();
    qualificationEqf =
        r.basics().getQualificationEqf() == null
            ? null
            : r.basics().getQualificationEqf().toString();
    recognition = r.basics().getRecognition() == null ? null : r.basics().getRecognition().name();
    languages = new ArrayList<>();
    r.languages()
        .forEach(l -> languages.add(new LanguageRow(l.getLanguageCode(), l.getLevel().name())));
    // One empty row more than stored, and never fewer than three, so there is always room to add
    // one.
    do {
      languages.add(new LanguageRow());
    } while (languages.size() < LANGUAGE_ROWS);
  }

  private void fill(Opening o) {
    OpeningDetails d = o.getDetails();
    CefrSkillLevels g = d.getGerman();
    title = o.getTitle();
    description = o.getDescription();
    positions = d.getPositions();
    municipality = d.getMunicipality();
    hours = d.getHours() == null ? null : d.getHours().name();
    startDate = d.getStartDate();
    durationMonths = d.getDurationMonths();
    payMin = d.getPayMin();
    payMax = d.getPayMax();
    kind = d.getKind().name();
    germanListening = name(g.getListening());
    germanReading = name(g.getReading());
    germanSpokenInteraction = name(g.getSpokenInteraction());
    germanSpokenProduction = name(g.getSpokenProduction());
    germanWriting = name(g.getWriting());
    offersMentoring = d.isOffersMentoring();
    offersLanguageCourse = d.isOffersLanguageCourse();
    offersRecognitionHelp = d.isOffersRecognitionHelp();
    openToLearners = d.isOpenToLearners();
  }

  OpeningInput toInput() {
    return new OpeningInput(
        title,
        description,
        positions,
        municipality,
        hours,
        startDate,
        durationMonths,
        payMin,
        payMax,
        kind,
        germanListening,
        germanReading,
        germanSpokenInteraction,
        germanSpokenProduction,
        germanWriting,
        offersMentoring,
        offersLanguageCourse,
        offersRecognitionHelp,
        openToLearners,
        requirements());
  }

  private RequirementsInput requirements() {
    return new RequirementsInput(
        occupation == null ? null : occupation.getUri(),
        List.copyOf(mustHave),
        List.copyOf(niceToHave),
        minExperienceYears,
        qualification,
        eqf(),
        recognition,
        languages.stream()
            .filter(l -> !l.isEmpty())
            .map(l -> new RequirementsInput.LanguageInput(l.getCode(), l.getLevel()))
            .toList());
  }

  // The page offers 1..8 only; anything else that arrives becomes 0 so the service names the field.
  private Integer eqf() {
    if (qualificationEqf == null || qualificationEqf.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(qualificationEqf.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String name(CefrLevel level) {
    return level == null ? null : level.name();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String v) {
    title = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public Integer getPositions() {
    return positions;
  }

  public void setPositions(Integer v) {
    positions = v;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String v) {
    municipality = v;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String v) {
    hours = v;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate v) {
    startDate = v;
  }

  public Integer getDurationMonths() {
    return durationMonths;
  }

  public void setDurationMonths(Integer v) {
    durationMonths = v;
  }

  public Integer getPayMin() {
    return payMin;
  }

  public void setPayMin(Integer v) {
    payMin = v;
  }

  public Integer getPayMax() {
    return payMax;
  }

  public void setPayMax(Integer v) {
    payMax = v;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    kind = v;
  }

  public String getGermanListening() {
    return germanListening;
  }

  public void setGermanListening(String v) {
    germanListening = v;
  }

  public String getGermanReading() {
    return germanReading;
  }

  public void setGermanReading(String v) {
    germanReading = v;
  }

  public String getGermanSpokenInteraction() {
    return germanSpokenInteraction;
  }

  public void setGermanSpokenInteraction(String v) {
    germanSpokenInteraction = v;
  }

  public String getGermanSpokenProduction() {
    return germanSpokenProduction;
  }

  public void setGermanSpokenProduction(String v) {
    germanSpokenProduction = v;
  }

  public String getGermanWriting() {
    return germanWriting;
  }

  public void setGermanWriting(String v) {
    germanWriting = v;
  }

  public boolean isOffersMentoring() {
    return offersMentoring;
  }

  public void setOffersMentoring(boolean v) {
    offersMentoring = v;
  }

  public boolean isOffersLanguageCourse() {
    return offersLanguageCourse;
  }

  public void setOffersLanguageCourse(boolean v) {
    offersLanguageCourse = v;
  }

  public boolean isOffersRecognitionHelp() {
    return offersRecognitionHelp;
  }

  public void setOffersRecognitionHelp(boolean v) {
    offersRecognitionHelp = v;
  }

  public boolean isOpenToLearners() {
    return openToLearners;
  }

  public ConceptOption getOccupation() {
    return occupation;
  }

  public void setOccupation(ConceptOption v) {
    occupation = v;
  }

  public List<String> getMustHave() {
    return mustHave;
  }

  public void setMustHave(List<String> v) {
    mustHave = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<String> getNiceToHave() {
    return niceToHave;
  }

  public void setNiceToHave(List<String> v) {
    niceToHave = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public Integer getMinExperienceYears() {
    return minExperienceYears;
  }

  public void setMinExperienceYears(Integer v) {
    minExperienceYears = v;
  }

  public String getQualification() {
    return qualification;
  }

  public void setQualification(String v) {
    qualification = v;
  }

  public String getQualificationEqf() {
    return qualificationEqf;
  }

  public void setQualificationEqf(String v) {
    qualificationEqf = v;
  }

  public String getRecognition() {
    return recognition;
  }

  public void setRecognition(String v) {
    recognition = v;
  }

  public List<LanguageRow> getLanguages() {
    return languages;
  }

  public void setOpenToLearners(boolean v) {
    openToLearners = v;
  }
}
