package org.talentbruecke.reference.domain.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * Tells a job seeker, from an ISCO-08 unit group and the recorded recognition state, whether the
 * profession is regulated, which body decides and what the next step is, in plain language in the
 * user's interface language.
 *
 * <p>ISCO unit groups do not line up with German professions one to one, so when only part of a
 * unit group is regulated the advice says so and describes both routes instead of guessing.
 */
public final class RecognitionAdviceService {

  private final ProfessionGroupDirectory directory;
  private final AdvicePhrases phrases;

  /** Creates the service on top of the reference data. */
  public RecognitionAdviceService(ProfessionGroupDirectory directory, AdvicePhrases phrases) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.phrases = Objects.requireNonNull(phrases, "phrases");
  }

  /**
   * Builds the advice in the locale's language when the reference data has it (German, English,
   * Arabic, Ukrainian, Turkish) and in English otherwise; names of German bodies stay in German.
   */
  public RecognitionAdvice advise(String iscoCode, RecognitionState state, Locale locale) {
    IscoCodes.requireUnitGroup(iscoCode);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(locale, "locale");
    ProfessionGroup fallback =
        requireGroup(
            IscoCodes.isUsuallyAcademic(iscoCode)
                ? ProfessionGroupDirectory.ACADEMIC_FALLBACK
                : ProfessionGroupDirectory.VOCATIONAL_FALLBACK);
    Optional<IscoMapping> mapping = chooseMapping(iscoCode);
    ProfessionGroup group = mapping.map(m -> requireGroup(m.groupId())).orElse(fallback);
    RegulationAnswer answer = answer(group, mapping);
    String step = withVerificationHint(group, nextStep(group, state, locale), locale);
    Optional<ProfessionGroup> alternative = Optional.empty();
    if (answer == RegulationAnswer.DEPENDS_ON_OCCUPATION) {
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
        group,
        alternative,
        group.responsibleBody(),
        group.explanation().in(locale),
        step);
  }

  /** Regulation answer for the unit group alone, without building texts. */
  public RegulationAnswer regulationOf(String iscoCode) {
    Optional<IscoMapping> mapping = chooseMapping(IscoCodes.requireUnitGroup(iscoCode));
    return mapping
        .map(m -> answer(requireGroup(m.groupId()), mapping))
        .orElse(RegulationAnswer.NOT_REGULATED);
  }

  private Optional<IscoMapping> chooseMapping(String iscoCode) {
    List<IscoMapping> mappings = directory.mappingsFor(iscoCode);
    // Prefer a regulated group: missing a regulation does more harm than a needless check.
    for (Coverage coverage : Coverage.values()) {
      for (IscoMapping mapping : mappings) {
        if (mapping.coverage() == coverage && requireGroup(mapping.groupId()).isRegulated()) {
          return Optional.of(mapping);
        }
      }
    }
    return mappings.stream().findFirst();
  }

  private static RegulationAnswer answer(ProfessionGroup group, Optional<IscoMapping> mapping) {
    if (!group.isRegulated()) {
      return RegulationAnswer.NOT_REGULATED;
    }
    boolean full = mapping.map(m -> m.coverage() == Coverage.FULL).orElse(false);
    return full ? RegulationAnswer.REGULATED : RegulationAnswer.DEPENDS_ON_OCCUPATION;
  }

  private String nextStep(ProfessionGroup group, RecognitionState state, Locale locale) {
    String base =
        "next." + group.track().name().toLowerCase(Locale.ROOT) + "." + state.status().name();
    List<String> keys = new ArrayList<>();
    state.measureStatus().ifPresent(s -> keys.add(base + "." + s.name()));
    state.anabin().ifPresent(a -> keys.add(base + "." + a.name()));
    keys.add(base);
    LocalizedText template =
        keys.stream()
            .map(phrases::find)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no advice phrase for " + base));
    String measure = state.measure().map(m -> phrase("measure." + m.name()).in(locale)).orElse("");
    return fill(template.in(locale), Map.of("body", group.responsibleBody(), "measure", measure));
  }

  private String withVerificationHint(ProfessionGroup group, String step, Locale locale) {
    // Unconfirmed bodies are still shown, but the user is pointed to the official finder to
    // double-check.
    return group.bodyVerified() ? step : step + " " + phrase("unverified").in(locale);
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
