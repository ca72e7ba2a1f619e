package org.talentbruecke.matching.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.talentbruecke.matching.domain.Availability;
import org.talentbruecke.matching.domain.CandidateSkill;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.InMemorySkillRelations;
import org.talentbruecke.matching.domain.LanguageAbility;
import org.talentbruecke.matching.domain.LanguageRequirement;
import org.talentbruecke.matching.domain.OccupationRef;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.Qualification;
import org.talentbruecke.matching.domain.RegulationKind;
import org.talentbruecke.matching.domain.SkillLevel;
import org.talentbruecke.matching.domain.WorkExperience;
import org.talentbruecke.reference.domain.geo.GeoPoint;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * Deterministic synthetic job seekers and openings for tests and benchmarks: the same seed and
 * index always give the same item. Shaped roughly like ESCO (a skill hierarchy one level deep,
 * related skills, essential skills per occupation, occupations in ISCO unit groups of five) and
 * like Region Hannover (21 municipalities within ~35 km).
 */
public final class SyntheticMatchingData {
  static final int SKILLS = 3000;
  static final int GROUP_SKILLS = 300;
  static final int OCCUPATIONS = 400;
  static final LocalDate BASE = LocalDate.of(2027, 1, 1);
  private static final String[] OTHER_LANGUAGES = {"ara", "ukr", "tur", "eng", "fas", "rus", "pol"};

  private final long seed;
  private final List<Municipality> municipalities = new ArrayList<>();

  public SyntheticMatchingData(long seed) {
    this.seed = seed;
    Random r = new Random(seed);
    for (int i = 0; i < 21; i++) {
      municipalities.add(
          new Municipality(
              String.format("03241%03d", i + 1),
              "Ort " + i,
              List.of(String.format("30%03d", i)),
              new GeoPoint(52.22 + r.nextDouble() * 0.36, 9.45 + r.nextDouble() * 0.75)));
    }
  }

  static String skill(int i) {
    return "http://data.europa.eu/esco/skill/s" + i;
  }

  static OccupationRef occupation(int i) {
    return new OccupationRef(
        "http://data.europa.eu/esco/occupation/o" + i, String.format("%04d", 2000 + i / 5));
  }

  static int essential(int occupation, int k) {
    return (occupation * 7 + k * 131) % SKILLS;
  }

  public InMemorySkillRelations relations() {
    InMemorySkillRelations relations = new InMemorySkillRelations();
    for (int i = GROUP_SKILLS; i < SKILLS; i++) {
      relations.broader(skill(i), skill(i % GROUP_SKILLS));
    }
    for (int i = 0; i < SKILLS; i += 7) {
      relations.related(skill(i), skill((i * 31 + 17) % SKILLS));
    }
    for (int o = 0; o < OCCUPATIONS; o++) {
      String[] essentials = new String[6];
      for (int k = 0; k < 6; k++) {
        essentials[k] = skill(essential(o, k));
      }
      relations.essential(occupation(o).escoUri(), essentials);
    }
    return relations;
  }

  private Random random(long kind, int index) {
    return new Random(seed * 1_000_003L + kind * 7_919L + index);
  }

  private static CefrLevel level(Random r) {
    return CefrLevel.values()[r.nextInt(6)];
  }

  private static CefrSkillLevels levels(Random r) {
    CefrLevel base = level(r);
    CefrLevel[] l = new CefrLevel[5];
    for (int i = 0; i < 5; i++) {
      int v = Math.max(0, Math.min(5, base.ordinal() + r.nextInt(3) - 1));
      l[i] = r.nextInt(10) == 0 ? null : CefrLevel.values()[v];
    }
    return new CefrSkillLevels(l[0], l[1], l[2], l[3], l[4]);
  }

  private static RecognitionState recognition(Random r) {
    return switch (r.nextInt(7)) {
      case 0 -> RecognitionState.of(RecognitionStatus.NOT_STARTED);
      case 1 -> RecognitionState.of(RecognitionStatus.APPLIED);
      case 2, 3 -> RecognitionState.of(RecognitionStatus.FULL_EQUIVALENCE);
      case 4 -> RecognitionState.of(RecognitionStatus.PARTIAL_EQUIVALENCE);
      case 5 ->
          RecognitionState.partialWith(
              CompensationMeasure.values()[r.nextInt(2)], MeasureStatus.values()[r.nextInt(4)]);
      default -> RecognitionState.of(RecognitionStatus.NOT_EQUIVALENT);
    };
  }

  public CandidateSnapshot candidate(int index) {
    Random r = random(1, index);
    int main = r.nextInt(OCCUPATIONS);
    List<CandidateSkill> skills = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int count = 4 + r.nextInt(9);
    for (int i = 0; i < count; i++) {
      // Half of the skills are what people in their occupation typically have.
      int s = r.nextBoolean() ? essential(main, r.nextInt(6)) : r.nextInt(SKILLS);
      if (seen.add(skill(s))) {
        skills.add(new CandidateSkill(skill(s), SkillLevel.values()[r.nextInt(3)]));
      }
    }
    List<OccupationRef> desired = new ArrayList<>();
    desired.add(occupation(main));
    if (r.nextInt(3) == 0) {
      desired.add(occupation(r.nextInt(OCCUPATIONS)));
    }
    List<WorkExperience> work = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      int o = r.nextInt(3) == 0 ? r.nextInt(OCCUPATIONS) : main;
      work.add(new WorkExperience(occupation(o), r.nextBoolean() ? "DE" : "SY", 1 + r.nextInt(12)));
    }
    List<LanguageAbility> languages = new ArrayList<>();
    languages.add(
        r.nextInt(10) == 0
            ? LanguageAbility.motherTongue("deu")
            : LanguageAbility.rated("deu", levels(r)));
    String other = OTHER_LANGUAGES[r.nextInt(OTHER_LANGUAGES.length)];
    languages.add(
        r.nextInt(10) < 7
            ? LanguageAbility.motherTongue(other)
            : LanguageAbility.rated(other, levels(r)));
    List<Qualification> qualifications = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      int eqf = 2 + r.nextInt(6);
      OccupationRef o = r.nextInt(4) == 0 ? occupation(r.nextInt(OCCUPATIONS)) : occupation(main);
      qualifications.add(
          r.nextInt(4) == 0
              ? Qualification.domestic(eqf, o)
              : Qualification.foreign(eqf, o, recognition(r)));
    }
    Set<WorkingHours> hours = EnumSet.noneOf(WorkingHours.class);
    for (WorkingHours h : WorkingHours.values()) {
      if (r.nextInt(3) == 0) {
        hours.add(h);
      }
    }
    LocalDate start = r.nextInt(3) == 0 ? null : BASE.plusDays(r.nextInt(120));
    int[] limits = {0, 10, 20, 30, 50};
    return new CandidateSnapshot(
        String.format("%04X-%04X", (index * 40503) & 0xFFFF, index >>> 4 & 0xFFFF),
        municipalities.get(r.nextInt(municipalities.size())),
        skills,
        desired,
        work,
        languages,
        qualifications,
        new Availability(hours, start, limits[r.nextInt(limits.length)]));
  }

  public OpeningSnapshot opening(int index) {
    Random r = random(2, index);
    int o = r.nextInt(OCCUPATIONS);
    Set<String> must = new LinkedHashSet<>();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      must.add(skill(r.nextInt(3) > 0 ? essential(o, r.nextInt(6)) : r.nextInt(SKILLS)));
    }
    Set<String> nice = new LinkedHashSet<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      nice.add(skill(r.nextInt(2) > 0 ? essential(o, r.nextInt(6)) : r.nextInt(SKILLS)));
    }
    CefrSkillLevels german = r.nextInt(5) == 0 ? new CefrSkillLevels() : levels(r);
    List<LanguageRequirement> other = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      other.add(
          new LanguageRequirement(OTHER_LANGUAGES[r.nextInt(OTHER_LANGUAGES.length)], level(r)));
    }
    RegulationKind[] kinds = RegulationKind.values();
    RegulationKind regulation =
        r.nextInt(2) == 0 ? RegulationKind.NOT_REGULATED : kinds[r.nextInt(kinds.length)];
    int[] eqf = {0, 0, 3, 4, 6};
    return new OpeningSnapshot(
        "opening-" + index,
        occupation(o),
        must,
        nice,
        german,
        other,
        r.nextInt(6),
        eqf[r.nextInt(eqf.length)],
        r.nextInt(10) == 0,
        regulation,
        municipalities.get(r.nextInt(municipalities.size())),
        WorkingHours.values()[r.nextInt(WorkingHours.values().length)],
        r.nextInt(4) == 0 ? null : BASE.plusDays(r.nextInt(90)));
  }
}
