package org.talentbruecke.matching.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.talentbruecke.reference.domain.geo.GeoPoint;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.work.WorkingHours;

/** Hand-made places, skills, occupations and builders for the matching tests. */
public final class MatchingFixtures {
  private MatchingFixtures() {}

  public static final Municipality HANNOVER =
      place("03241001", "Hannover", "30159", 52.3744, 9.7386);
  public static final Municipality LANGENHAGEN =
      place("03241010", "Langenhagen", "30851", 52.4394, 9.7400); // ~7 km from Hannover
  public static final Municipality GARBSEN =
      place("03241005", "Garbsen", "30823", 52.4180, 9.5981); // ~11 km
  public static final Municipality SPRINGE =
      place("03241018", "Springe", "31832", 52.2080, 9.5540); // ~22 km
  public static final Municipality NEUSTADT =
      place("03241013", "Neustadt am Rübenberge", "31535", 52.5030, 9.4580); // ~24 km
  public static final Municipality UETZE =
      place("03241020", "Uetze", "31311", 52.4650, 10.2040); // ~33 km

  static Municipality place(String ags, String name, String postcode, double lat, double lon) {
    return new Municipality(ags, name, List.of(postcode), new GeoPoint(lat, lon));
  }

  // Occupations: two nursing occupations in ISCO 2221, a care assistant in 5321, a cook in 5120,
  // an electrician in 7411.
  public static final OccupationRef NURSE = new OccupationRef("occ:nurse", "2221");
  public static final OccupationRef SPECIALIST_NURSE = new OccupationRef("occ:icu-nurse", "2221");
  public static final OccupationRef CARE_ASSISTANT =
      new OccupationRef("occ:care-assistant", "5321");
  public static final OccupationRef COOK = new OccupationRef("occ:cook", "5120");
  public static final OccupationRef ELECTRICIAN = new OccupationRef("occ:electrician", "7411");

  // Skills with a small hierarchy: patient care > wound care > diabetic wound care;
  // cooking > baking; electrical installation; related: wound care ~ hygiene.
  public static final String PATIENT_CARE = "skill:patient-care";
  public static final String WOUND_CARE = "skill:wound-care";
  public static final String DIABETIC_WOUND_CARE = "skill:diabetic-wound-care";
  public static final String HYGIENE = "skill:hygiene";
  public static final String MEDICATION = "skill:medication";
  public static final String COOKING = "skill:cooking";
  public static final String BAKING = "skill:baking";
  public static final String MENU_PLANNING = "skill:menu-planning";
  public static final String WIRING = "skill:electrical-wiring";
  public static final String CUSTOMER_SERVICE = "skill:customer-service";

  public static InMemorySkillRelations relations() {
    return new InMemorySkillRelations()
        .broader(WOUND_CARE, PATIENT_CARE)
        .broader(DIABETIC_WOUND_CARE, WOUND_CARE)
        .broader(BAKING, COOKING)
        .related(WOUND_CARE, HYGIENE)
        .related(COOKING, MENU_PLANNING)
        .essential(NURSE.escoUri(), PATIENT_CARE, MEDICATION, HYGIENE)
        .essential(COOK.escoUri(), COOKING, HYGIENE);
  }

  public static MatchScorer scorer() {
    return new MatchScorer(relations());
  }

  public static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  public static CandidateBuilder candidate(String handle) {
    return new CandidateBuilder(handle);
  }

  public static OpeningBuilder opening(String id) {
    return new OpeningBuilder(id);
  }

  /** Defaults: lives in Hannover, open to all hours, free now, no limit stated. */
  public static final class CandidateBuilder {
    private final String handle;
    private Municipality municipality = HANNOVER;
    private final List<CandidateSkill> skills = new ArrayList<>();
    private final List<OccupationRef> desired = new ArrayList<>();
    private final List<WorkExperience> work = new ArrayList<>();
    private final List<LanguageAbility> languages = new ArrayList<>();
    private final List<Qualification> qualifications = new ArrayList<>();
    private Set<WorkingHours> hours = Set.of();
    private LocalDate earliest;
    private int commuteKm;

    CandidateBuilder(String handle) {
      this.handle = handle;
    }

    public CandidateBuilder in(Municipality m) {
      municipality = m;
      return this;
    }

    public CandidateBuilder skill(String uri, SkillLevel level) {
      skills.add(new CandidateSkill(uri, level));
      return this;
    }

    public CandidateBuilder skills(String... uris) {
      for (String uri : uris) {
        skill(uri, SkillLevel.EXPERT);
      }
      return this;
    }

    public CandidateBuilder wants(OccupationRef o) {
      desired.add(o);
      return this;
    }

    public CandidateBuilder worked(OccupationRef o, String country, int years) {
      work.add(new WorkExperience(o, country, years));
      return this;
    }

    public CandidateBuilder german(CefrSkillLevels levels) {
      languages.add(LanguageAbility.rated(LanguageAbility.GERMAN, levels));
      return this;
    }

    public CandidateBuilder german(CefrLevel all) {
      return german(CefrSkillLevels.allAt(all));
    }

    public CandidateBuilder motherTongue(String language) {
      languages.add(LanguageAbility.motherTongue(language));
      return this;
    }

    public CandidateBuilder speaks(String language, CefrSkillLevels levels) {
      languages.add(LanguageAbility.rated(language, levels));
      return this;
    }

    public CandidateBuilder speaks(String language, CefrLevel all) {
      languages.add(LanguageAbility.rated(language, CefrSkillLevels.allAt(all)));
      return this;
    }

    public CandidateBuilder qualified(Qualification q) {
      qualifications.add(q);
      return this;
    }

    public CandidateBuilder hours(WorkingHours first, WorkingHours... rest) {
      hours = EnumSet.of(first, rest);
      return this;
    }

    public CandidateBuilder from(LocalDate date) {
      earliest = date;
      return this;
    }

    public CandidateBuilder commuteKm(int km) {
      commuteKm = km;
      return this;
    }

    public CandidateSnapshot build() {
      return new CandidateSnapshot(
          handle,
          municipality,
          skills,
          desired,
          work,
          languages,
          qualifications,
          new Availability(hours, earliest, commuteKm));
    }
  }

  /** Defaults: a nurse opening in Hannover, full time, nothing else required. */
  public static final class OpeningBuilder {
    private final String id;
    private OccupationRef occupation = NURSE;
    private final Set<String> must = new LinkedHashSet<>();
    private final Set<String> nice = new LinkedHashSet<>();
    private CefrSkillLevels german = new CefrSkillLevels();
    private final List<LanguageRequirement> other = new ArrayList<>();
    private int years;
    private int eqf;
    private boolean fullRecognition;
    private RegulationKind regulation = RegulationKind.NOT_REGULATED;
    private Municipality municipality = HANNOVER;
    private WorkingHours hours = WorkingHours.FULL_TIME;
    private LocalDate start;

    OpeningBuilder(String id) {
      this.id = id;
    }

    public OpeningBuilder occupation(OccupationRef o) {
      occupation = o;
      return this;
    }

    public OpeningBuilder must(String... skills) {
      must.addAll(List.of(skills));
      return this;
    }

    public OpeningBuilder nice(String... skills) {
      nice.addAll(List.of(skills));
      return this;
    }

    public OpeningBuilder german(CefrSkillLevels levels) {
      german = levels;
      return this;
    }

    public OpeningBuilder german(CefrLevel all) {
      return german(CefrSkillLevels.allAt(all));
    }

    public OpeningBuilder language(String language, CefrLevel level) {
      other.add(new LanguageRequirement(language, level));
      return this;
    }

    public OpeningBuilder years(int minimum) {
      years = minimum;
      return this;
    }

    public OpeningBuilder eqf(int level) {
      eqf = level;
      return this;
    }

    public OpeningBuilder fullRecognition() {
      fullRecognition = true;
      return this;
    }

    public OpeningBuilder regulated(RegulationKind kind) {
      regulation = kind;
      return this;
    }

    public OpeningBuilder in(Municipality m) {
      municipality = m;
      return this;
    }

    public OpeningBuilder hours(WorkingHours h) {
      hours = h;
      return this;
    }

    public OpeningBuilder start(LocalDate date) {
      start = date;
      return this;
    }

    public OpeningSnapshot build() {
      return new OpeningSnapshot(
          id,
          occupation,
          must,
          nice,
          german,
          other,
          years,
          eqf,
          fullRecognition,
          regulation,
          municipality,
          hours,
          start);
    }
  }
}
