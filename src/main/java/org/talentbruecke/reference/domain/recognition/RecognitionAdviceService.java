package org.talentbruecke.reference.domain.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * Tells a job seeker, from an ISCO-08 unit group and the recorded recognition state, whether and
 * how the profession is regulated, which body decides and what the next step is, in plain language
 * in the user's interface language; and tells employers the same facts.
 *
 * <p>ISCO unit groups do not line up with German professions one to one, so when only part of a
 * unit group is regulated the advice says so and describes both routes instead of guessing.
 *
 * <p>Groups may carry the dates of a known change in the law (the federal Pflegefachassistenz
 * replaces the Lower Saxony training on 1 January 2027); the clock decides which one applies.
 */
public final class RecognitionAdviceService {

  private final ProfessionGroupDirectory directory;
  private final AdvicePhrases phrases;
  private final List<SupportHint> hints;
  private final Clock clock;

  /** Creates the service on top of the reference data, without support hints, on today's date. */
  public RecognitionAdviceService(ProfessionGroupDirectory directory, AdvicePhrases phrases) {
    this(directory, phrases, List.of(), Clock.systemDefaultZone());
  }

  /** Creates the service with support hints and the clock that decides which law applies. */
  public RecognitionAdviceService(
      ProfessionGroupDirectory directory,
      AdvicePhrases phrases,
      List<SupportHint> hints,
      Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.phrases = Objects.requireNonNull(phrases, "phrases");
    this.hints = List.copyOf(hints);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Builds the advice in the locale's language when the reference data has it (German, English,
   * Arabic, Ukrainian, Turkish) and in English otherwise; names of German bodies stay in German.
   */
  public RecognitionAdvice advise(String iscoCode, RecognitionState state, Locale locale) {
    IscoCodes.requireUnitGroup(iscoCode);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(locale, "locale");
    ProfessionGroup fallback = fallback(iscoCode);
    Optional<IscoMapping> mapping = chooseMapping(iscoCode);
    ProfessionGroup group = mapping.map(m -> requireGroup(m.groupId())).orElse(fallback);
    RegulationAnswer answer = answer(group, mapping);
    String step = withVerificationHint(group, nextStep(group, state, locale), locale);
    Optional<ProfessionGroup> alternative = Optional.empty();
    if (answer.dependsOnOccupation()) {
      alternative = Optional.of(fallback);
      step =
          fill(
              phrase("depends").in(locale),
              Map.of(
                  "group", group.name().in(locale),
                  "regulatedStep", step,
                  "optionalStep",
                      withVerificationHint(fallback, nextStep(fallback, state, locale), locale)));
    }
    return new RecognitionAdvice(
        iscoCode,
        answer,
        headline(answer, locale),
        group,
        alternative,
        group.responsibleBody(),
        group.explanation().in(locale),
        step,
        hintsFor(group, alternative, state.status(), locale));
  }

  /** Regulation answer for the unit group alone, without building texts. */
  public RegulationAnswer regulationOf(String iscoCode) {
    Optional<IscoMapping> mapping = chooseMapping(IscoCodes.requireUnitGroup(iscoCode));
    return mapping
        .map(m -> answer(requireGroup(m.groupId()), mapping))
        .orElse(RegulationAnswer.notRegulated());
  }

  /**
   * One sentence on what the kind of regulation means: may the person work, and what needs a
   * permission. For a group only partly regulated, it says so first.
   */
  public String headline(RegulationAnswer answer, Locale locale) {
    String kind = phrase("headline." + answer.kind().name()).in(locale);
    return answer.dependsOnOccupation() ? phrase("headline.depends").in(locale) + " " + kind : kind;
  }

  /**
   * What an employer (or a job seeker reading an opening) should know about the occupation's
   * regulation, empty when it is not regulated. With {@code forEditor}, the text also says when
   * "full recognition required" was pre-selected.
   *
   * @param fallbackName shown when the answer has no profession group (only ESCO's flag is known)
   */
  public Optional<String> employerNotice(
      RegulationAnswer answer, String fallbackName, Locale locale, boolean forEditor) {
    if (!answer.isRegulated()) {
      return Optional.empty();
    }
    String group = answer.groupName().map(n -> n.in(locale)).orElse(fallbackName);
    StringBuilder text = new StringBuilder();
    if (answer.dependsOnOccupation()) {
      text.append(phrase("employer.depends").in(locale)).append(' ');
    }
    text.append(
        fill(phrase("employer." + answer.kind().name()).in(locale), Map.of("group", group)));
    if (forEditor) {
      text.append(' ')
          .append(
              phrase(answer.presetsFullRecognition() ? "employer.preset" : "employer.noPreset")
                  .in(locale));
    }
    return Optional.of(text.toString());
  }

  private ProfessionGroup fallback(String iscoCode) {
    return requireGroup(
        IscoCodes.isUsuallyAcademic(iscoCode)
            ? ProfessionGroupDirectory.ACADEMIC_FALLBACK
            : ProfessionGroupDirectory.VOCATIONAL_FALLBACK);
  }

  private Optional<IscoMapping> chooseMapping(String iscoCode) {
    LocalDate today = LocalDate.now(clock);
    List<IscoMapping> mappings =
        directory.mappingsFor(iscoCode).stream()
            .filter(m -> requireGroup(m.groupId()).isValidOn(today))
            .toList();
    // Prefer a regulated or licensed group: missing a restriction does more harm than a needless
    // check.
    for (Coverage coverage : Coverage.values()) {
      for (IscoMapping mapping : mappings) {
        if (mapping.coverage() == coverage
            && requireGroup(mapping.groupId()).regulation() != Regulation.NONE) {
          return Optional.of(mapping);
        }
      }
    }
    return mappings.stream().findFirst();
  }

  private static RegulationAnswer answer(ProfessionGroup group, Optional<IscoMapping> mapping) {
    if (group.regulation() == Regulation.NONE) {
      return RegulationAnswer.notRegulated();
    }
    boolean full = mapping.map(m -> m.coverage() == Coverage.FULL).orElse(false);
    return new RegulationAnswer(group.regulation(), !full, Optional.of(group.name()));
  }

  private String nextStep(ProfessionGroup group, RecognitionState state, Locale locale) {
    // A phrase written for the kind (title, craft, licence) wins over the track's phrase, which
    // was written for activity-regulated professions and would say "you may not work".
    List<String> prefixes = new ArrayList<>();
    kindPrefix(group.regulation()).ifPresent(prefixes::add);
    prefixes.add("next." + group.track().name().toLowerCase(Locale.ROOT));
    List<String> keys = new ArrayList<>();
    for (String prefix : prefixes) {
      String base = prefix + "." + state.status().name();
      state.measureStatus().ifPresent(s -> keys.add(base + "." + s.name()));
      state.anabin().ifPresent(a -> keys.add(base + "." + a.name()));
      keys.add(base);
      keys.add(prefix);
    }
    LocalizedText template =
        keys.stream()
            .map(phrases::find)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no advice phrase for " + keys));
    String measure = state.measure().map(m -> phrase("measure." + m.name()).in(locale)).orElse("");
    return fill(template.in(locale), Map.of("body", group.responsibleBody(), "measure", measure));
  }

  private static Optional<String> kindPrefix(Regulation kind) {
    return switch (kind) {
      case TITLE -> Optional.of("next.title");
      case CRAFT_BUSINESS -> Optional.of("next.craft");
      case LICENCE -> Optional.of("next.licence");
      case ACTIVITY, NONE -> Optional.empty();
    };
  }

  private List<String> hintsFor(
      ProfessionGroup group,
      Optional<ProfessionGroup> alternative,
      RecognitionStatus status,
      Locale locale) {
    return hints.stream()
        .filter(
            h ->
                h.appliesTo(group, status)
                    || alternative.map(a -> h.appliesTo(a, status)).orElse(false))
        .map(h -> h.text().in(locale))
        .toList();
  }

  private String withVerificationHint(ProfessionGroup group, String step, Locale locale) {
    // Unconfirmed bodies are still shown, but the user is pointed to the official finder to
    // double-check.
    // The Anerkennungs-Finder covers the recognition law, not licences: those name their own hint.
    LocalizedText hint =
        phrases
            .find("unverified." + group.regulation().name())
            .orElseGet(() -> phrase("unverified"));
    return group.bodyVerified() ? step : step + " " + hint.in(locale);
  }

  private LocalizedText phrase(String key) {
    return phrases
        .find(key)
        .orElseThrow(() -> new IllegalStateException("no advice phrase for " + key));
  }

  private ProfessionGroup requireGroup(String id) {
    return directory
        .group(id)
        .orElseThrow(() -> new IllegalStateException("unknown profession group " + id));
  }

  private static String fill(String template, Map<String, String> values) {
    String result = template;
    for (Map.Entry<String, String> entry : values.entrySet()) {
      result = result.replace("{" + entry.getKey() + "}", entry.getValue());
    }
    return result;
  }
}
