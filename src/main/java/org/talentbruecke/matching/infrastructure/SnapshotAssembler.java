package org.talentbruecke.matching.infrastructure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.talentbruecke.matching.domain.Availability;
import org.talentbruecke.matching.domain.CandidateSkill;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.CandidateSnapshotFactory;
import org.talentbruecke.matching.domain.LanguageAbility;
import org.talentbruecke.matching.domain.LanguageRequirement;
import org.talentbruecke.matching.domain.OccupationRef;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.ProfileFacts;
import org.talentbruecke.matching.domain.Qualification;
import org.talentbruecke.matching.domain.RegulationKind;
import org.talentbruecke.matching.domain.SkillLevel;
import org.talentbruecke.matching.domain.WorkExperience;
import org.talentbruecke.opening.application.OpeningForMatching;
import org.talentbruecke.profile.application.ProfileData;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * Turns what the profile and opening contexts hand over (plain records) into matching's snapshots.
 * Entries matching cannot use (a self-described skill, an occupation without ISCO unit group, an
 * unknown language code) are left out rather than failing the whole profile. Pure: the ISCO codes
 * and municipalities come in as functions, so it is tested without a database.
 */
final class SnapshotAssembler {
  private final Function<String, String> iscoOf;
  private final Function<String, Optional<Municipality>> municipalityOf;
  private final CandidateSnapshotFactory factory;
  private final LocalDate today;

  /**
   * @param iscoOf an ESCO occupation URI to its 4-digit ISCO-08 unit group, null when unknown
   */
  SnapshotAssembler(
      Function<String, String> iscoOf,
      Function<String, Optional<Municipality>> municipalityOf,
      CandidateSnapshotFactory factory,
      LocalDate today) {
    this.iscoOf = iscoOf;
    this.municipalityOf = municipalityOf;
    this.factory = factory;
    this.today = today;
  }

  /** Every ESCO occupation URI a profile refers to, to look their ISCO codes up in one call. */
  static Stream<String> occupationUris(ProfileData data) {
    return Stream.concat(
            Stream.concat(
                data.occupations().stream().map(ProfileData.Occupation::escoUri),
                data.workHistory().stream().map(ProfileData.Work::occupationUri)),
            data.qualifications().stream()
                .map(ProfileData.QualificationEntry::recognition)
                .filter(Objects::nonNull)
                .map(ProfileData.RecognitionEntry::referenceOccupationUri))
        .filter(Objects::nonNull);
  }

  /** True when the profile states at least one ESCO skill. */
  static boolean hasSkills(ProfileData data) {
    return data.skills().stream().anyMatch(s -> s.escoUri() != null && !s.escoUri().isBlank());
  }

  /** The snapshot; empty when the profile names no municipality of the region. */
  Optional<CandidateSnapshot> candidate(long profileId, ProfileData data) {
    ProfileData.AvailabilityEntry availability = data.availability();
    Optional<Municipality> home =
        availability == null || availability.municipality() == null
            ? Optional.empty()
            : municipalityOf.apply(availability.municipality());
    if (home.isEmpty()) {
      return Optional.empty();
    }
    ProfileFacts facts =
        new ProfileFacts(
            profileId,
            // Personal and protected attributes are not even read: matching never gets them.
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            home.get(),
            skills(data.skills()),
            data.occupations().stream()
                .map(o -> occupation(o.escoUri()))
                .flatMap(Optional::stream)
                .distinct()
                .toList(),
            work(data.workHistory()),
            languages(data.languages()),
            qualifications(data.qualifications()),
            availability(availability));
    return Optional.of(factory.snapshot(facts));
  }

  /** The snapshot; empty when the opening lacks an occupation, a place or its hours. */
  Optional<OpeningSnapshot> opening(OpeningForMatching o) {
    Optional<OccupationRef> occupation = occupation(o.occupationUri());
    Optional<Municipality> place =
        o.municipality() == null ? Optional.empty() : municipalityOf.apply(o.municipality());
    if (occupation.isEmpty() || place.isEmpty() || o.hours() == null) {
      return Optional.empty();
    }
    List<LanguageRequirement> others = new ArrayList<>();
    o.otherLanguages()
        .forEach(
            (code, level) ->
                iso3(code)
                    .filter(c -> !c.equals(LanguageAbility.GERMAN))
                    .ifPresent(c -> others.add(new LanguageRequirement(c, level))));
    return Optional.of(
        new OpeningSnapshot(
            String.valueOf(o.id()),
            occupation.get(),
            new LinkedHashSet<>(o.mustHave()),
            new LinkedHashSet<>(o.niceToHave()),
            o.german(),
            others,
            Math.min(50, Math.max(0, o.minExperienceYears())),
            o.qualificationEqf() >= 1 && o.qualificationEqf() <= 8 ? o.qualificationEqf() : 0,
            o.fullRecognitionRequired(),
            regulation(o.regulation()),
            place.get(),
            o.hours(),
            o.startDate()));
  }

  /**
   * Matching's kind of regulation. When only some occupations of the unit group are regulated (or
   * only ESCO's flag is known), nothing is required that might shut out people who may work: the
   * employer's own "full recognition required" still applies.
   */
  static RegulationKind regulation(RegulationAnswer answer) {
    if (answer == null || answer.dependsOnOccupation()) {
      return RegulationKind.NOT_REGULATED;
    }
    return switch (answer.kind()) {
      case ACTIVITY -> RegulationKind.ACTIVITY_REGULATED;
      case TITLE -> RegulationKind.TITLE_PROTECTED;
      case CRAFT_BUSINESS -> RegulationKind.CRAFT;
      case LICENCE -> RegulationKind.LICENSED;
      case NONE -> RegulationKind.NOT_REGULATED;
    };
  }

  private Optional<OccupationRef> occupation(String uri) {
    if (uri == null || uri.isBlank()) {
      return Optional.empty();
    }
    String isco = iscoOf.apply(uri);
    return isco != null && isco.matches("\\d{4}")
        ? Optional.of(new OccupationRef(uri, isco))
        : Optional.empty();
  }

  private static List<CandidateSkill> skills(List<ProfileData.Skill> skills) {
    List<CandidateSkill> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ProfileData.Skill s : skills) {
      if (s.escoUri() != null && !s.escoUri().isBlank() && seen.add(s.escoUri())) {
        out.add(new CandidateSkill(s.escoUri(), level(s.level())));
      }
    }
    return out;
  }

  private static SkillLevel level(String level) {
    try {
      return level == null ? SkillLevel.BASIC : SkillLevel.valueOf(level);
    } catch (IllegalArgumentException e) {
      return SkillLevel.BASIC;
    }
  }

  private List<WorkExperience> work(List<ProfileData.Work> history) {
    List<WorkExperience> out = new ArrayList<>();
    for (ProfileData.Work w : history) {
      Optional<OccupationRef> occupation = occupation(w.occupationUri());
      String country = w.country() == null ? "" : w.country().toUpperCase(Locale.ROOT);
      Optional<YearMonth> from = month(w.from());
      if (occupation.isEmpty() || !country.matches("[A-Z]{2}") || from.isEmpty()) {
        continue;
      }
      YearMonth to = month(w.to()).orElse(YearMonth.from(today));
      long months = Math.max(0, ChronoUnit.MONTHS.between(from.get(), to));
      out.add(new WorkExperience(occupation.get(), country, (int) Math.min(70, months / 12)));
    }
    return out;
  }

  private static Optional<YearMonth> month(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static List<LanguageAbility> languages(List<ProfileData.Language> languages) {
    List<LanguageAbility> out = new ArrayList<>();
    for (ProfileData.Language l : languages) {
      Optional<String> code = iso3(l.code());
      if (code.isEmpty()) {
        continue;
      }
      Map<CefrSkill, CefrLevel> levels = new EnumMap<>(CefrSkill.class);
      if (l.levels() != null) {
        l.levels()
            .forEach(
                (skill, level) -> {
                  try {
                    levels.put(CefrSkill.valueOf(skill), CefrLevel.valueOf(level));
                  } catch (IllegalArgumentException | NullPointerException e) {
                    // an unknown sub-skill or level says nothing matching can use
                  }
                });
      }
      out.add(new LanguageAbility(code.get(), CefrSkillLevels.of(levels), l.motherTongue()));
    }
    return out;
  }

  /** ISO 639-1 ("de") or 639-3 ("deu") to ISO 639-3, as matching stores languages. */
  static Optional<String> iso3(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String lower = code.strip().toLowerCase(Locale.ROOT);
    if (lower.matches("[a-z]{3}")) {
      return Optional.of(lower);
    }
    try {
      String three = new Locale(lower).getISO3Language();
      return three.matches("[a-z]{3}") ? Optional.of(three) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  private List<Qualification> qualifications(List<ProfileData.QualificationEntry> entries) {
    List<Qualification> out = new ArrayList<>();
    for (ProfileData.QualificationEntry q : entries) {
      ProfileData.RecognitionEntry r = q.recognition();
      Integer eqf = q.eqfLevel();
      Optional<OccupationRef> occupation =
          occupation(r == null ? null : r.referenceOccupationUri());
      if (eqf == null || eqf < 1 || eqf > 8 || occupation.isEmpty()) {
        continue;
      }
      if ("DE".equalsIgnoreCase(q.country())) {
        out.add(Qualification.domestic(eqf, occupation.get()));
      } else {
        out.add(Qualification.foreign(eqf, occupation.get(), recognition(r)));
      }
    }
    return out;
  }

  /** The status, and for a partial equivalence the compensation measure and its progress. */
  private static RecognitionState recognition(ProfileData.RecognitionEntry r) {
    try {
      RecognitionStatus status = RecognitionStatus.valueOf(r.status());
      if (status == RecognitionStatus.PARTIAL_EQUIVALENCE
          && r.measure() != null
          && r.measureStatus() != null) {
        return RecognitionState.partialWith(
            org.talentbruecke.reference.domain.recognition.CompensationMeasure.valueOf(r.measure()),
            org.talentbruecke.reference.domain.recognition.MeasureStatus.valueOf(
                r.measureStatus()));
      }
      return RecognitionState.of(status);
    } catch (IllegalArgumentException | NullPointerException e) {
      return RecognitionState.of(RecognitionStatus.NOT_STARTED);
    }
  }

  private static Availability availability(ProfileData.AvailabilityEntry a) {
    Set<WorkingHours> hours = EnumSet.noneOf(WorkingHours.class);
    for (String h : a.hours() == null ? List.<String>of() : a.hours()) {
      try {
        hours.add(WorkingHours.valueOf(h));
      } catch (IllegalArgumentException e) {
        // not an arrangement matching knows
      }
    }
    LocalDate from = null;
    try {
      from = a.from() == null || a.from().isBlank() ? null : LocalDate.parse(a.from());
    } catch (java.time.format.DateTimeParseException e) {
      from = null;
    }
    int km = a.maxCommuteKm() == null ? 0 : Math.min(1000, Math.max(0, a.maxCommuteKm()));
    return new Availability(hours, from, km);
  }
}
