package org.talentbruecke.matching.application;

import static org.talentbruecke.matching.application.Rows.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.matching.domain.Availability;
import org.talentbruecke.matching.domain.CandidateSkill;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.LanguageAbility;
import org.talentbruecke.matching.domain.LanguageRequirement;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OccupationRef;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.Qualification;
import org.talentbruecke.matching.domain.ScoreRules;
import org.talentbruecke.matching.domain.SkillLevel;
import org.talentbruecke.matching.domain.WorkExperience;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * Packs snapshots into the index's rows ({@link Rows}) and back, with the vocabularies that turn
 * URIs, language codes and municipalities into small ids. Not thread-safe on its own: the index
 * packs under its write lock (interning) or read lock (queries, which intern nothing).
 *
 * <p>What the packed form drops: the anabin rating of a recognition state (not a score input).
 */
final class RowPacker {
  static final SkillLevel[] LEVELS = SkillLevel.values();

  final Interner skills = new Interner();
  final Interner occupations = new Interner();
  private final Interner languages = new Interner();
  private final List<Municipality> municipalities = new ArrayList<>();
  private final Map<String, Integer> municipalityIds = new HashMap<>();

  RowPacker() {
    languages.intern(LanguageAbility.GERMAN); // id 0
  }

  /** Distances in tenths of km from (or to) one municipality to every indexed municipality. */
  int[] distancesTo(Municipality fixed, boolean fixedIsCandidate) {
    int[] distances = new int[municipalities.size() + 1];
    for (int i = 0; i < municipalities.size(); i++) {
      distances[i] =
          fixedIsCandidate
              ? ScoreRules.distanceTenthsKm(fixed, municipalities.get(i))
              : ScoreRules.distanceTenthsKm(municipalities.get(i), fixed);
    }
    // The last slot is the id a query's own, unindexed municipality gets; it is never looked up.
    distances[municipalities.size()] = -1;
    return distances;
  }

  /**
   * Packs a snapshot into a candidate row; with {@code intern} false (for a query) nothing is added
   * to the vocabularies, and unknown values get ids no stored item has.
   */
  int[] pack(CandidateSnapshot c, boolean intern) {
    int[] row =
        new int
            [C_HEADER
                + c.skills().size()
                + 2 * c.desiredOccupations().size()
                + 3 * c.workHistory().size()
                + c.languages().size()
                + 3 * c.qualifications().size()];
    LocalDate start = c.availability().earliestStart();
    row[C_MUNICIPALITY] = municipalityId(c.municipality(), intern);
    row[C_HOURS] = MatchScorer.hoursMask(c.availability().hours());
    row[C_COMMUTE_KM] = c.availability().commuteLimitKm();
    row[C_START_DAY] = start == null ? Integer.MIN_VALUE : (int) start.toEpochDay();
    row[C_SKILLS] = c.skills().size();
    row[C_DESIRED] = c.desiredOccupations().size();
    row[C_WORK] = c.workHistory().size();
    row[C_LANGUAGES] = c.languages().size();
    row[C_QUALIFICATIONS] = c.qualifications().size();
    int at = C_HEADER;
    for (CandidateSkill s : c.skills()) {
      row[at++] = id(skills, s.skillUri(), intern) << 2 | s.level().ordinal();
    }
    for (OccupationRef o : c.desiredOccupations()) {
      row[at++] = id(occupations, o.escoUri(), intern);
      row[at++] = o.iscoCode();
    }
    for (WorkExperience w : c.workHistory()) {
      row[at++] = id(occupations, w.occupation().escoUri(), intern);
      row[at++] = w.occupation().iscoCode();
      String country = w.countryCode();
      row[at++] = w.years() << 10 | (country.charAt(0) - 'A') << 5 | (country.charAt(1) - 'A');
    }
    for (LanguageAbility l : c.languages()) {
      int id = id(languages, l.language(), intern);
      row[at++] = (id & 0xFFFF) << 16 | (l.motherTongue() ? 1 << 15 : 0) | levels(l.levels());
    }
    for (Qualification q : c.qualifications()) {
      row[at++] = id(occupations, q.occupation().escoUri(), intern);
      row[at++] = q.occupation().iscoCode();
      row[at++] =
          q.eqfLevel() << 12
              | ScoreRules.recognitionClass(q.recognition()) << 9
              | recognitionCode(q.recognition());
    }
    return row;
  }

  int[] packOpening(OpeningSnapshot o, boolean intern) {
    List<String> required = new ArrayList<>(o.mustHaveSkills());
    required.addAll(o.niceToHaveSkills());
    int[] row = new int[O_HEADER + required.size() + o.otherLanguages().size()];
    LocalDate start = o.startDate();
    row[O_OCCUPATION] = id(occupations, o.occupation().escoUri(), intern);
    row[O_ISCO] = o.occupation().iscoCode();
    row[O_MUST] = o.mustHaveSkills().size();
    row[O_REQUIREMENTS] = required.size();
    row[O_GERMAN] = levels(o.german());
    row[O_MUNICIPALITY] = municipalityId(o.municipality(), intern);
    row[O_HOURS_BIT] = 1 << o.hours().ordinal();
    row[O_START_DAY] = start == null ? Integer.MIN_VALUE : (int) start.toEpochDay();
    row[O_EQF] = o.qualificationEqf();
    row[O_MINIMUM_YEARS] = o.minimumExperienceYears();
    row[O_FLAGS] =
        (ScoreRules.recognitionMatters(o) ? RECOGNITION_MATTERS : 0)
            | (ScoreRules.qualificationFree(o) ? QUALIFICATION_FREE : 0)
            | (o.requiresRecognition() ? REQUIRES_RECOGNITION : 0);
    row[O_OTHER_LANGUAGES] = o.otherLanguages().size();
    int at = O_HEADER;
    for (String skill : required) {
      row[at++] = intern ? skills.intern(skill) : skills.idOf(skill);
    }
    for (LanguageRequirement l : o.otherLanguages()) {
      int id = id(languages, l.language(), intern);
      row[at++] = (id & 0xFFFFFF) << 8 | l.level().ordinal();
    }
    return row;
  }

  /** An id; for a query, a value never interned gets an id that matches nothing stored. */
  private static int id(Interner interner, String value, boolean intern) {
    if (intern) {
      return interner.intern(value);
    }
    int id = interner.idOf(value);
    return id >= 0 ? id : 0xFFFF; // > any real language id in 16 bits, no skill/occupation has it
  }

  private int municipalityId(Municipality m, boolean intern) {
    Integer id = municipalityIds.get(m.ags());
    if (id == null) {
      if (!intern) {
        return municipalities.size(); // the query's own municipality, see distancesTo
      }
      id = municipalities.size();
      municipalities.add(m);
      municipalityIds.put(m.ags(), id);
    }
    return id;
  }

  private static int levels(CefrSkillLevels levels) {
    int packed = 0;
    for (CefrSkill skill : CefrSkill.values()) {
      CefrLevel level = levels.level(skill);
      packed |= (level == null ? 0 : level.ordinal() + 1) << (3 * skill.ordinal());
    }
    return packed;
  }

  private static CefrSkillLevels unpackLevels(int packed) {
    CefrLevel[] out = new CefrLevel[5];
    for (int i = 0; i < 5; i++) {
      int v = (packed >>> (3 * i)) & 7;
      out[i] = v == 0 ? null : CefrLevel.values()[v - 1];
    }
    return new CefrSkillLevels(out[0], out[1], out[2], out[3], out[4]);
  }

  /** status (0: German qualification, else ordinal + 1) << 5 | measure << 3 | measure status. */
  private static int recognitionCode(Optional<RecognitionState> recognition) {
    if (recognition.isEmpty()) {
      return 0;
    }
    RecognitionState s = recognition.get();
    return (s.status().ordinal() + 1) << 5
        | s.measure().map(m -> m.ordinal() + 1).orElse(0) << 3
        | s.measureStatus().map(m -> m.ordinal() + 1).orElse(0);
  }

  private static Optional<RecognitionState> unpackRecognition(int code) {
    int status = (code >>> 5) & 7;
    if (status == 0) {
      return Optional.empty();
    }
    int measure = (code >>> 3) & 3;
    int progress = code & 7;
    return Optional.of(
        new RecognitionState(
            RecognitionStatus.values()[status - 1],
            measure == 0
                ? Optional.empty()
                : Optional.of(CompensationMeasure.values()[measure - 1]),
            progress == 0 ? Optional.empty() : Optional.of(MeasureStatus.values()[progress - 1]),
            Optional.empty()));
  }

  private OccupationRef occupation(int id, int isco) {
    return new OccupationRef(occupations.value(id), String.format("%04d", isco));
  }

  CandidateSnapshot unpack(int[] c, String handle) {
    int at = C_HEADER;
    List<CandidateSkill> skillList = new ArrayList<>(c[C_SKILLS]);
    for (int i = 0; i < c[C_SKILLS]; i++, at++) {
      skillList.add(new CandidateSkill(skills.value(c[at] >>> 2), LEVELS[c[at] & 3]));
    }
    List<OccupationRef> desired = new ArrayList<>();
    for (int i = 0; i < c[C_DESIRED]; i++, at += 2) {
      desired.add(occupation(c[at], c[at + 1]));
    }
    List<WorkExperience> work = new ArrayList<>();
    for (int i = 0; i < c[C_WORK]; i++, at += 3) {
      int packed = c[at + 2];
      String country = "" + (char) ('A' + ((packed >>> 5) & 31)) + (char) ('A' + (packed & 31));
      work.add(new WorkExperience(occupation(c[at], c[at + 1]), country, packed >>> 10));
    }
    List<LanguageAbility> langs = new ArrayList<>();
    for (int i = 0; i < c[C_LANGUAGES]; i++, at++) {
      int l = c[at];
      langs.add(
          new LanguageAbility(
              languages.value(l >>> 16), unpackLevels(l & 0x7FFF), (l & (1 << 15)) != 0));
    }
    List<Qualification> quals = new ArrayList<>();
    for (int i = 0; i < c[C_QUALIFICATIONS]; i++, at += 3) {
      int packed = c[at + 2];
      quals.add(
          new Qualification(
              packed >>> 12, occupation(c[at], c[at + 1]), unpackRecognition(packed & 0x1FF)));
    }
    Set<WorkingHours> hours = EnumSet.noneOf(WorkingHours.class);
    for (WorkingHours h : WorkingHours.values()) {
      if ((c[C_HOURS] & (1 << h.ordinal())) != 0) {
        hours.add(h);
      }
    }
    return new CandidateSnapshot(
        handle,
        municipalities.get(c[C_MUNICIPALITY]),
        skillList,
        desired,
        work,
        langs,
        quals,
        new Availability(
            hours,
            c[C_START_DAY] == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(c[C_START_DAY]),
            c[C_COMMUTE_KM]));
  }
}
