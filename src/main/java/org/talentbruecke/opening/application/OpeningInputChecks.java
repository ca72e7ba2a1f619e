package org.talentbruecke.opening.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningDetails;
import org.talentbruecke.opening.domain.OpeningKind;
import org.talentbruecke.opening.domain.Requirements;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;
import org.talentbruecke.reference.domain.work.WorkingHours;
import org.talentbruecke.shared.application.FieldChecks;

/** Checks every field of an {@link OpeningInput} at once and turns it into opening details. */
final class OpeningInputChecks {
  static final int MAX_POSITIONS = 999;
  static final int MAX_DURATION_MONTHS = 120;

  /** Gross euros per month; far above any regional wage, so only typing errors hit it. */
  static final int MAX_PAY = 100_000;

  private final FieldChecks checks = new FieldChecks();

  private OpeningInputChecks() {}

  /**
   * The details of a valid input.
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure with every broken field
   */
  static OpeningDetails details(OpeningInput in, LocalDate today, Catalogues catalogues) {
    return check(in, today, NO_VOCABULARY, uri -> RegulationAnswer.notRegulated(), catalogues)
        .details();
  }

  /**
   * The details and requirements of an input, each checked; every broken field is reported at once.
   */
  record Checked(OpeningDetails details, Requirements requirements) {}

  // Without ESCO every concept is unknown: used where only the details matter.
  private static final BiPredicate<String, ConceptType> NO_VOCABULARY = (uri, type) -> false;

  /**
   * Checks an input whole.
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure with every broken field
   */
  static Checked check(
      OpeningInput in,
      LocalDate today,
      BiPredicate<String, ConceptType> known,
      Function<String, RegulationAnswer> regulation,
      Catalogues catalogues) {
    OpeningInputChecks c = new OpeningInputChecks();
    c.checks.text("title", in.title(), Opening.MAX_TITLE);
    if (in.description() != null && in.description().length() > Opening.MAX_DESCRIPTION) {
      c.checks.add("description", "validation.tooLong", Opening.MAX_DESCRIPTION);
    }
    int positions = in.positions() == null ? 1 : in.positions();
    if (positions < 1 || positions > MAX_POSITIONS) {
      c.checks.add("positions", "opening.error.positions", MAX_POSITIONS);
    }
    String municipality = blankToNull(in.municipality());
    if (municipality != null && !catalogues.municipalities().isKnown(municipality)) {
      c.checks.add("municipality", "opening.error.municipality");
    }
    if (in.startDate() != null && in.startDate().isBefore(today)) {
      c.checks.add("startDate", "opening.error.startInPast");
    }
    Integer duration = in.durationMonths();
    if (duration != null && (duration < 1 || duration > MAX_DURATION_MONTHS)) {
      c.checks.add("durationMonths", "opening.error.duration", MAX_DURATION_MONTHS);
    }
    c.pay(in.payMin(), in.payMax());
    WorkingHours hours = c.choice("hours", in.hours(), WorkingHours.class, null);
    OpeningKind kind = c.choice("kind", in.kind(), OpeningKind.class, OpeningKind.JOB);
    CefrSkillLevels german =
        new CefrSkillLevels(
            c.level("germanListening", in.germanListening()),
            c.level("germanReading", in.germanReading()),
            c.level("germanSpokenInteraction", in.germanSpokenInteraction()),
            c.level("germanSpokenProduction", in.germanSpokenProduction()),
            c.level("germanWriting", in.germanWriting()));
    Requirements requirements =
        new RequirementChecks(c.checks, known, regulation, catalogues.languages())
            .check(in.requirements(), kind == OpeningKind.APPRENTICESHIP);
    c.checks.throwIfAny();
    OpeningDetails details =
        new OpeningDetails(
            new OpeningDetails.Terms(
                positions,
                municipality,
                hours,
                in.startDate(),
                duration,
                in.payMin(),
                in.payMax(),
                kind),
            german,
            new OpeningDetails.Offers(
                isTrue(in.offersMentoring()), isTrue(in.offersLanguageCourse()),
                isTrue(in.offersRecognitionHelp()), isTrue(in.openToLearners())));
    return new Checked(details, requirements);
  }

  private void pay(Integer min, Integer max) {
    boolean minOk = min == null || (min >= 0 && min <= MAX_PAY);
    boolean maxOk = max == null || (max >= 0 && max <= MAX_PAY);
    if (!minOk) {
      checks.add("payMin", "opening.error.pay", MAX_PAY);
    }
    if (!maxOk) {
      checks.add("payMax", "opening.error.pay", MAX_PAY);
    }
    if (minOk && maxOk && min != null && max != null && min > max) {
      checks.add("payMax", "opening.error.payRange");
    }
  }

  private <E extends Enum<E>> E choice(String field, String text, Class<E> type, E fallback) {
    String value = blankToNull(text);
    if (value == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    checks.add(field, "opening.error.choice");
    return fallback;
  }

  private CefrLevel level(String field, String text) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    Optional<CefrLevel> level = CefrLevel.byName(value);
    if (level.isEmpty()) {
      checks.add(field, "opening.error.level");
    }
    return level.orElse(null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static boolean isTrue(Boolean flag) {
    return Boolean.TRUE.equals(flag);
  }
}
