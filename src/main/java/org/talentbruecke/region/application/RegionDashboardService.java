package org.talentbruecke.region.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.talentbruecke.opening.domain.CandidateStage;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.domain.geo.Municipality;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.region.application.RegionDashboard.GermanRow;
import org.talentbruecke.region.application.RegionDashboard.LanguageRow;
import org.talentbruecke.region.application.RegionDashboard.OccupationRow;
import org.talentbruecke.region.application.RegionDashboard.RecognitionRow;
import org.talentbruecke.region.application.RegionDashboard.SkillRow;
import org.talentbruecke.region.application.RegionDashboard.StageRow;
import org.talentbruecke.region.application.RegionDashboard.StalledRow;
import org.talentbruecke.region.domain.DashboardFilter;
import org.talentbruecke.region.domain.Figure;
import org.talentbruecke.region.domain.GermanLevels;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * Builds the regional dashboard: checks the filter, reads the raw counts through {@link
 * RegionCounts} and protects every figure about people against small groups ({@link
 * ProtectedTable}).
 */
@ApplicationScoped
public class RegionDashboardService {
  /** Rows in the "most" lists (skills, gaps, stalls). */
  static final int TOP = 10;

  /** An application for recognition without a decision after this many months "stalls". */
  public static final int STALLED_AFTER_MONTHS = 6;

  private static final ZoneId REGION = ZoneId.of("Europe/Berlin");
  private static final String ALL = "all";

  @Inject private RegionCounts counts;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private Clock clock;

  RegionDashboardService() {}

  /** Outside the container (tests, measurements). */
  public RegionDashboardService(
      RegionCounts counts, MunicipalityCatalog municipalities, Clock clock) {
    this.counts = counts;
    this.municipalities = municipalities;
    this.clock = clock;
  }

  /**
   * The filter from the parameters of a page or request; empty dates mean today. Every broken
   * parameter is named at once: from or to not a date, from after to, an unknown municipality, an
   * ISCO major group other than 0..9.
   */
  public DashboardFilter filter(String from, String to, String municipality, String iscoMajor) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(REGION));
    LocalDate start = date(from, "from", errors);
    LocalDate end = date(to, "to", errors);
    end = end == null ? today : end;
    start = start == null ? end : start;
    if (start.isAfter(end) && errors.isEmpty()) {
      errors.add(new FieldError("from", "region.error.period"));
    }
    String ags = blank(municipality) ? null : municipality.strip();
    if (ags != null && !municipalities.isKnown(ags)) {
      errors.add(new FieldError("municipality", "region.error.municipality"));
    }
    Integer isco = null;
    if (!blank(iscoMajor)) {
      String code = iscoMajor.strip();
      if (code.length() == 1 && Character.isDigit(code.charAt(0))) {
        isco = code.charAt(0) - '0';
      } else {
        errors.add(new FieldError("iscoMajor", "region.error.iscoMajor"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailure(errors);
    }
    return new DashboardFilter(start, end, ags, isco);
  }

  /** Every figure for the filter, small groups suppressed. */
  public RegionDashboard dashboard(DashboardFilter filter) {
    LocalDate stalledBefore =
        LocalDate.now(clock.withZone(REGION)).minusMonths(STALLED_AFTER_MONTHS);
    RegionCounts.Raw a = counts.read(filter.from(), filter.to(), filter.iscoMajor(), stalledBefore);
    RegionCounts.Raw b =
        filter.iscoMajor() == null
            ? null
            : counts.read(filter.from(), filter.to(), null, stalledBefore);
    String m = filter.municipality();
    List<String> columns = columns(a, b);

    ProtectedTable headCount =
        ProtectedTable.overlapping(a.people(), b == null ? null : b.people(), Set.of(ALL), columns);
    Figure jobSeekers = headCount.figure(ALL, m);

    List<OccupationRow> occupations = occupations(a, b, columns, m);
    List<OccupationRow> gaps =
        occupations.stream()
            .filter(o -> !o.gap().suppressed() && o.gap().value() > 0)
            .sorted(Comparator.comparingLong((OccupationRow o) -> -o.gap().value()))
            .limit(TOP)
            .toList();
    List<OccupationRow> unused =
        occupations.stream()
            .filter(o -> !o.gap().suppressed() && o.gap().value() < 0)
            .sorted(Comparator.comparingLong((OccupationRow o) -> o.gap().value()))
            .limit(TOP)
            .toList();

    ProtectedTable skills =
        ProtectedTable.overlapping(
            a.peopleBySkill(), b == null ? null : b.peopleBySkill(), Set.of(), columns);
    List<SkillRow> allSkills = new ArrayList<>();
    Set<String> skillKeys = new LinkedHashSet<>(skills.rows());
    skillKeys.addAll(a.openingsBySkill().rows());
    for (String skill : skillKeys) {
      allSkills.add(new SkillRow(skill, skills.figure(skill, m), a.openingsBySkill().in(skill, m)));
    }
    List<SkillRow> mostAsked =
        allSkills.stream()
            .filter(s -> s.openings() > 0)
            .sorted(
                Comparator.comparingLong((SkillRow s) -> -s.openings())
                    .thenComparing(SkillRow::skillUri))
            .limit(TOP)
            .toList();
    List<SkillRow> mostOffered =
        allSkills.stream()
            .filter(s -> s.jobSeekers().or(0) > 0)
            .sorted(
                Comparator.comparingLong((SkillRow s) -> -s.jobSeekers().or(0))
                    .thenComparing(SkillRow::skillUri))
            .limit(TOP)
            .toList();

    List<GermanRow> german = german(a, b, columns, m, headCount);
    return new RegionDashboard(
        filter,
        jobSeekers,
        a.openings().in("openings", m),
        a.openings().in("positions", m),
        occupations,
        gaps,
        unused,
        mostAsked,
        mostOffered,
        languages(a, b, columns, m),
        recognition(a, b, columns, m),
        stalls(a, b, columns, m),
        german,
        unlockedTotal(german),
        pipeline(a, b, columns, m));
  }

  private List<OccupationRow> occupations(
      RegionCounts.Raw a, RegionCounts.Raw b, List<String> columns, String m) {
    ProtectedTable people =
        ProtectedTable.overlapping(
            a.peopleByOccupationGroup(),
            b == null ? null : b.peopleByOccupationGroup(),
            a.positionsByOccupationGroup().rows(),
            columns);
    List<OccupationRow> rows = new ArrayList<>();
    for (String group : new TreeSet<>(people.rows())) {
      Figure seekers = people.figure(group, m);
      long positions = a.positionsByOccupationGroup().in(group, m);
      if (seekers.or(1) == 0 && positions == 0) {
        continue;
      }
      Figure gap =
          seekers.suppressed()
              ? Figure.suppressedFigure()
              : new Figure(positions - seekers.value(), false);
      rows.add(new OccupationRow(group, seekers, positions, gap));
    }
    return rows;
  }

  private List<LanguageRow> languages(
      RegionCounts.Raw a, RegionCounts.Raw b, List<String> columns, String m) {
    Set<String> demanded = new LinkedHashSet<>(a.openingsByLanguage().rows());
    demanded.addAll(a.organisationsByCustomerLanguage().rows());
    ProtectedTable people =
        ProtectedTable.overlapping(
            a.peopleByLanguage(), b == null ? null : b.peopleByLanguage(), demanded, columns);
    return people.rows().stream()
        .map(
            code ->
                new LanguageRow(
                    code,
                    people.figure(code, m),
                    a.openingsByLanguage().in(code, m),
                    a.organisationsByCustomerLanguage().in(code, m)))
        .filter(
            r -> r.jobSeekers().or(1) > 0 || r.openings() > 0 || r.organisationsWithCustomers() > 0)
        .sorted(
            Comparator.comparingLong((LanguageRow r) -> -r.jobSeekers().or(0))
                .thenComparingLong(r -> -r.openings() - r.organisationsWithCustomers())
                .thenComparing(LanguageRow::code))
        .toList();
  }

  private List<RecognitionRow> recognition(
      RegionCounts.Raw a, RegionCounts.Raw b, List<String> columns, String m) {
    Set<String> states = new LinkedHashSet<>();
    Arrays.stream(RecognitionStatus.values()).forEach(s -> states.add(s.name()));
    ProtectedTable people =
        ProtectedTable.overlapping(
            a.peopleByRecognition(), b == null ? null : b.peopleByRecognition(), states, columns);
    return states.stream().map(s -> new RecognitionRow(s, people.figure(s, m))).toList();
  }

  private List<StalledRow> stalls(
      RegionCounts.Raw a, RegionCounts.Raw b, List<String> columns, String m) {
    ProtectedTable people =
        ProtectedTable.overlapping(
            a.peopleStalled(), b == null ? null : b.peopleStalled(), Set.of(), columns);
    return people.rows().stream()
        .map(uri -> new StalledRow(uri, people.figure(uri, m)))
        .filter(r -> r.jobSeekers().or(1) > 0)
        .sorted(
            Comparator.comparingLong((StalledRow r) -> -r.jobSeekers().or(0))
                .thenComparing(StalledRow::occupationUri))
        .limit(TOP)
        .toList();
  }

  private ProtectedTable germanTable(
      RegionCounts.Raw a, RegionCounts.Raw b, List<String> columns, ProtectedTable headCount) {
    return ProtectedTable.dividing(
        a.peopleByGermanLevel(),
        b == null ? null : b.peopleByGermanLevel(),
        GermanLevels.ORDER,
        columns,
        headCount);
  }

  private List<GermanRow> german(
      RegionCounts.Raw a,
      RegionCounts.Raw b,
      List<String> columns,
      String m,
      ProtectedTable headCount) {
    ProtectedTable people = germanTable(a, b, columns, headCount);
    List<GermanRow> rows = new ArrayList<>();
    for (String level : GermanLevels.ORDER) {
      Figure seekers = people.figure(level, m);
      String next = GermanLevels.next(level);
      long requiring = a.openingsByGermanLevel().in(level, m);
      long requiringNext = next == null ? 0 : a.openingsByGermanLevel().in(next, m);
      rows.add(
          new GermanRow(
              level,
              seekers,
              requiring,
              requiringNext,
              GermanLevels.unlocked(seekers, requiringNext)));
    }
    return rows;
  }

  private static Figure unlockedTotal(List<GermanRow> german) {
    long total = 0;
    for (GermanRow row : german) {
      if (row.unlockedMatches().suppressed()) {
        // Partly hidden: a sum over the hidden rows could be divided back into people.
        return Figure.suppressedFigure();
      }
      total += row.unlockedMatches().value();
    }
    return Figure.of(total);
  }

  private List<StageRow> pipeline(
      RegionCounts.Raw a, RegionCounts.Raw b, List<String> columns, String m) {
    List<String> stages = Arrays.stream(CandidateStage.values()).map(Enum::name).toList();
    ProtectedTable cases =
        ProtectedTable.dividing(
            a.casesByStage(), b == null ? null : b.casesByStage(), stages, columns, null);
    List<StageRow> rows = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      Figure atLeast = Figure.of(0);
      for (String later : stages.subList(i, stages.size())) {
        Figure f = cases.figure(later, m);
        atLeast =
            f.suppressed() || atLeast.suppressed()
                ? Figure.suppressedFigure()
                : Figure.of(atLeast.value() + f.value());
      }
      rows.add(new StageRow(stages.get(i), cases.figure(stages.get(i), m), atLeast));
    }
    return rows;
  }

  /** Every municipality of the catalogue, those found in the data, and "none". */
  private List<String> columns(RegionCounts.Raw a, RegionCounts.Raw b) {
    Set<String> columns = new LinkedHashSet<>();
    municipalities.all().stream().map(Municipality::ags).forEach(columns::add);
    for (RegionCounts.Raw raw : b == null ? List.of(a) : List.of(a, b)) {
      for (CountTable t :
          List.of(
              raw.people(),
              raw.peopleByOccupationGroup(),
              raw.peopleBySkill(),
              raw.peopleByLanguage(),
              raw.peopleByGermanLevel(),
              raw.peopleByRecognition(),
              raw.peopleStalled(),
              raw.casesByStage())) {
        columns.addAll(t.municipalities());
      }
    }
    columns.add(CountTable.NO_MUNICIPALITY);
    return new ArrayList<>(columns);
  }

  private static LocalDate date(String text, String field, List<FieldError> errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "region.error.date"));
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
