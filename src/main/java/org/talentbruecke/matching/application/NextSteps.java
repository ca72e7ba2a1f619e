package org.talentbruecke.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.NextStep;
import org.talentbruecke.matching.domain.NextStepAdvisor;
import org.talentbruecke.reference.application.GermanCourseCatalog;
import org.talentbruecke.reference.domain.recognition.RecognitionAdviceService;
import org.talentbruecke.reference.domain.recognition.RecognitionState;

/**
 * Next steps for a job seeker's own ranking of openings, with the German courses and the
 * responsible recognition bodies the reference data know (the same advice the profile page gives).
 */
@ApplicationScoped
public class NextSteps {
  @Inject private GermanCourseCatalog courses;
  @Inject private RecognitionAdviceService recognition;

  private volatile NextStepAdvisor advisor;

  public NextSteps() {}

  NextSteps(GermanCourseCatalog courses, RecognitionAdviceService recognition) {
    this.courses = courses;
    this.recognition = recognition;
  }

  /** What would raise this match; empty when the index no longer holds the card's opening. */
  public List<NextStep> of(MatchCard card, CandidateSnapshot candidate, MatchingIndex index) {
    return index
        .opening(card.openingId())
        .map(o -> advisor().advise(o, candidate, card, index.relations()))
        .orElse(List.of());
  }

  private NextStepAdvisor advisor() {
    NextStepAdvisor current = advisor;
    if (current == null) {
      current = new NextStepAdvisor(courses.courses(), this::responsibleBody);
      advisor = current;
    }
    return current;
  }

  /** Names of German bodies are the same in every language, so the locale does not matter. */
  private Optional<String> responsibleBody(String iscoCode, RecognitionState state) {
    try {
      return Optional.of(recognition.advise(iscoCode, state, Locale.GERMAN).responsibleBody());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty(); // a unit group the recognition data cannot place
    }
  }
}
