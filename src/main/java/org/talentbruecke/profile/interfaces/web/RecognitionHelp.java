package org.talentbruecke.profile.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.reference.domain.recognition.AnabinRating;
import org.talentbruecke.reference.domain.recognition.CompensationMeasure;
import org.talentbruecke.reference.domain.recognition.IscoCodes;
import org.talentbruecke.reference.domain.recognition.MeasureStatus;
import org.talentbruecke.reference.domain.recognition.RecognitionAdvice;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.recognition.RegulationAnswer;
import org.talentbruecke.reference.interfaces.web.ConceptOption;
import org.talentbruecke.shared.interfaces.web.LocaleBean;

/**
 * Recognition advice for a qualification row as the form holds it, even half filled in: values that
 * do not fit together yet are left out rather than refusing to advise.
 */
@RequestScoped
public class RecognitionHelp {
  @Inject private RecognitionAdviceService service;
  @Inject private LocaleBean localeBean;

  /**
   * What the page shows: the occupation it is about, whether and how it is regulated (the headline
   * follows the kind), who decides, what next, and funding or counselling hints.
   */
  public record Advice(
      String occupation,
      String occupationLanguage,
      RegulationAnswer regulation,
      String headline,
      String body,
      String explanation,
      String nextStep,
      List<String> hints) {
    public boolean isRegulated() {
      return regulation.isRegulated();
    }

    public String getHeadline() {
      return headline;
    }

    public List<String> getHints() {
      return hints;
    }

    public String getOccupation() {
      return occupation;
    }

    public String getOccupationLanguage() {
      return occupationLanguage;
    }

    public String getBody() {
      return body;
    }

    public String getExplanation() {
      return explanation;
    }

    public String getNextStep() {
      return nextStep;
    }
  }

  public Optional<Advice> advise(
      ConceptOption occupation,
      String status,
      String measure,
      String measureStatus,
      String anabin) {
    if (occupation == null || !isUnitGroup(occupation.getIscoCode())) {
      return Optional.empty();
    }
    RecognitionAdvice advice =
        service.advise(
            occupation.getIscoCode(),
            state(status, measure, measureStatus, anabin),
            localeBean.getLocale());
    return Optional.of(
        new Advice(
            occupation.getLabel(),
            occupation.getLanguage(),
            advice.regulation(),
            advice.headline(),
            advice.responsibleBody(),
            advice.explanation(),
            advice.nextStep(),
            advice.hints()));
  }

  private static boolean isUnitGroup(String isco) {
    try {
      IscoCodes.requireUnitGroup(isco);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static RecognitionState state(
      String status, String measure, String measureStatus, String anabin) {
    RecognitionStatus parsed =
        parse(RecognitionStatus.class, status).orElse(RecognitionStatus.NOT_STARTED);
    RecognitionState state = RecognitionState.of(parsed);
    Optional<CompensationMeasure> m = parse(CompensationMeasure.class, measure);
    Optional<MeasureStatus> p = parse(MeasureStatus.class, measureStatus);
    if (parsed == RecognitionStatus.PARTIAL_EQUIVALENCE && m.isPresent() && p.isPresent()) {
      state = RecognitionState.partialWith(m.get(), p.get());
    }
    Optional<AnabinRating> rating = parse(AnabinRating.class, anabin);
    return rating.isPresent() ? state.withAnabin(rating.get()) : state;
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
    try {
      return value == null || value.isBlank()
          ? Optional.empty()
          : Optional.of(Enum.valueOf(type, value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
