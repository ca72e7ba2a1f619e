package org.talentbruecke.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbruecke.matching.domain.MatchingFixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkillLevels;
import org.talentbruecke.reference.domain.recognition.RecognitionState;
import org.talentbruecke.reference.domain.recognition.RecognitionStatus;
import org.talentbruecke.reference.domain.work.WorkingHours;

/**
 * Counterfactual fairness: the same profile with a different name, photo, birth date, gender,
 * nationality, country of birth or religion gets the same snapshot, the same match card and the
 * same place in the ranking. Tested through {@link CandidateSnapshotFactory}, the only way a
 * profile reaches matching.
 */
class CounterfactualFairnessTest {
  private static final CandidateSnapshotFactory FACTORY =
      new CandidateSnapshotFactory(new PseudonymousHandle("test-key-of-sixteen-chars"));

  private static ProfileFacts profile(long id) {
    return new ProfileFacts(
        id,
        "Amina Haddad",
        "amina@example.org",
        "photo-17.jpg",
        LocalDate.of(1988, 5, 2),
        "female",
        "SY",
        "SY",
        "muslim",
        LANGENHAGEN,
        List.of(new CandidateSkill(WOUND_CARE, SkillLevel.EXPERIENCED)),
        List.of(NURSE),
        List.of(new WorkExperience(NURSE, "SY", 4)),
        List.of(
            LanguageAbility.motherTongue("ara"),
            LanguageAbility.rated("deu", CefrSkillLevels.allAt(CefrLevel.B1))),
        List.of(Qualification.foreign(6, NURSE, RecognitionState.of(RecognitionStatus.APPLIED))),
        new Availability(Set.of(WorkingHours.FULL_TIME), null, 20));
  }

  static List<UnaryOperator<ProfileFacts>> changes() {
    return List.of(
        p ->
            with(
                p,
                "Jan Müller",
                p.nationality(),
                p.countryOfBirth(),
                p.gender(),
                p.birthDate(),
                p.religion(),
                p.photoReference()),
        p ->
            with(
                p,
                p.name(),
                "DE",
                p.countryOfBirth(),
                p.gender(),
                p.birthDate(),
                p.religion(),
                p.photoReference()),
        p ->
            with(
                p,
                p.name(),
                p.nationality(),
                "DE",
                p.gender(),
                p.birthDate(),
                p.religion(),
                p.photoReference()),
        p ->
            with(
                p,
                p.name(),
                p.nationality(),
                p.countryOfBirth(),
                "male",
                p.birthDate(),
                p.religion(),
                p.photoReference()),
        p ->
            with(
                p,
                p.name(),
                p.nationality(),
                p.countryOfBirth(),
                "diverse",
                p.birthDate(),
                p.religion(),
                p.photoReference()),
        p ->
            with(
                p,
                p.name(),
                p.nationality(),
                p.countryOfBirth(),
                p.gender(),
                LocalDate.of(1961, 1, 1),
                p.religion(),
                p.photoReference()),
        p ->
            with(
                p,
                p.name(),
                p.nationality(),
                p.countryOfBirth(),
                p.gender(),
                p.birthDate(),
                "christian",
                p.photoReference()),
        p ->
            with(
                p,
                p.name(),
                p.nationality(),
                p.countryOfBirth(),
                p.gender(),
                p.birthDate(),
                p.religion(),
                null),
        p ->
            with(
                p,
                "Oleksandr Koval",
                "UA",
                "UA",
                "male",
                LocalDate.of(2001, 9, 9),
                null,
                "other.png"));
  }

  private static ProfileFacts with(
      ProfileFacts p,
      String name,
      String nationality,
      String countryOfBirth,
      String gender,
      LocalDate birthDate,
      String religion,
      String photo) {
    return new ProfileFacts(
        p.profileId(),
        name,
        p.email(),
        photo,
        birthDate,
        gender,
        nationality,
        countryOfBirth,
        religion,
        p.municipality(),
        p.skills(),
        p.desiredOccupations(),
        p.workHistory(),
        p.languages(),
        p.qualifications(),
        p.availability());
  }

  @ParameterizedTest
  @MethodSource("changes")
  void changingProtectedAttributesChangesNeitherScoreNorRank(UnaryOperator<ProfileFacts> change) {
    ProfileFacts original = profile(42);
    ProfileFacts changed = change.apply(original);
    assertThat(changed).isNotEqualTo(original);

    CandidateSnapshot before = FACTORY.snapshot(original);
    CandidateSnapshot after = FACTORY.snapshot(changed);
    assertThat(after).isEqualTo(before);

    OpeningSnapshot opening =
        opening("o")
            .must(WOUND_CARE)
            .german(CefrLevel.B2)
            .language("ara", CefrLevel.B2)
            .regulated(RegulationKind.ACTIVITY_REGULATED)
            .build();
    MatchScorer scorer = scorer();
    assertThat(scorer.score(opening, after)).isEqualTo(scorer.score(opening, before));

    // Nor what the person adds to a business (Arabic-speaking markets, trade with Syria: the
    // person's own languages and work count, their nationality or birthplace cannot) nor the
    // next steps they are shown.
    AddedValueAssessor assessor = new AddedValueAssessor(Set.of(WOUND_CARE));
    OrganisationMarkets markets = new OrganisationMarkets(Set.of("ara", "ukr"), Set.of("SY", "UA"));
    java.util.Map<String, ScarceSkill> scarce =
        java.util.Map.of(WOUND_CARE, new ScarceSkill(WOUND_CARE, 3, 0));
    assertThat(assessor.assess(after, markets, scarce))
        .isEqualTo(assessor.assess(before, markets, scarce));
    NextStepAdvisor advisor =
        new NextStepAdvisor(List.of(), (isco, state) -> java.util.Optional.of("body"));
    assertThat(advisor.advise(opening, after, scorer.score(opening, after), relations()))
        .isEqualTo(advisor.advise(opening, before, scorer.score(opening, before), relations()));

    // Competitors just above, equal to and below the person, so a change would move the rank.
    List<CandidateSnapshot> others = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ProfileFacts other = profile(100 + i);
      others.add(
          FACTORY.snapshot(
              new ProfileFacts(
                  other.profileId(),
                  "x",
                  "x",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  i % 2 == 0 ? HANNOVER : UETZE,
                  other.skills(),
                  other.desiredOccupations(),
                  other.workHistory(),
                  other.languages(),
                  other.qualifications(),
                  other.availability())));
    }
    assertThat(rankOf(before, opening, others)).isEqualTo(rankOf(after, opening, others));
  }

  private static int rankOf(
      CandidateSnapshot c, OpeningSnapshot o, List<CandidateSnapshot> others) {
    List<CandidateSnapshot> all = new ArrayList<>(others);
    all.add(c);
    List<MatchCard> cards = new MatchRanking(scorer()).rank(o, all, 100, 0).cards();
    for (int i = 0; i < cards.size(); i++) {
      if (cards.get(i).candidateHandle().equals(c.handle())) {
        return i;
      }
    }
    throw new AssertionError("not ranked");
  }

  @org.junit.jupiter.api.Test
  void theHandleIsStablePseudonymousAndDiffersBetweenProfiles() {
    PseudonymousHandle handles = new PseudonymousHandle("test-key-of-sixteen-chars");
    assertThat(handles.of(42)).isEqualTo(handles.of(42)).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(handles.of(42)).isNotEqualTo(handles.of(43));
    assertThat(new PseudonymousHandle("another-key-sixteen-chars").of(42))
        .isNotEqualTo(handles.of(42));
  }
}
