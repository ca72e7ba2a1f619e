package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.InMemorySkillRelations;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OpeningSnapshot;

/** The index must rank exactly like scoring everything with {@link MatchRanking}. */
class MatchingIndexTest {
  private final SyntheticMatchingData data = new SyntheticMatchingData(7);
  private final InMemorySkillRelations relations = data.relations();
  private final MatchRanking reference = new MatchRanking(new MatchScorer(relations));

  @Test
  void topCandidatesEqualTheReferenceRankingCardForCard() {
    MatchingIndex index = new MatchingIndex(relations);
    List<CandidateSnapshot> all = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      all.add(data.candidate(i));
      index.addCandidate(data.candidate(i));
    }
    assertThat(index.candidateCount()).isEqualTo(3000);
    for (int o = 0; o < 40; o++) {
      OpeningSnapshot opening = data.opening(o);
      MatchRanking.Page expected = reference.rank(opening, all, 50, 0);
      MatchRanking.Page actual = index.topCandidates(opening, 50, 0);
      assertThat(actual.cards()).as(opening.id()).isEqualTo(expected.cards());
      assertThat(actual.total()).isEqualTo(3000);
      assertThat(index.topCandidates(opening, 20, 40).cards())
          .isEqualTo(reference.rank(opening, all, 20, 40).cards());
    }
  }

  @Test
  void storedCandidatesRoundTripThroughThePackedForm() {
    MatchingIndex index = new MatchingIndex(relations);
    for (int i = 0; i < 500; i++) {
      index.addCandidate(data.candidate(i));
    }
    for (int i = 0; i < 500; i++) {
      CandidateSnapshot c = data.candidate(i);
      assertThat(index.candidate(c.handle())).contains(c);
    }
  }

  @Test
  void topOpeningsEqualTheReferenceRanking() {
    MatchingIndex index = new MatchingIndex(relations);
    List<OpeningSnapshot> openings = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      openings.add(data.opening(i));
      index.addOpening(data.opening(i));
    }
    for (int c = 0; c < 40; c++) {
      CandidateSnapshot candidate = data.candidate(10_000 + c);
      List<MatchCard> expected = reference.rank(candidate, openings, 50, 0).cards();
      assertThat(index.topOpenings(candidate, 50, 0).cards()).isEqualTo(expected);
    }
  }

  @Test
  void addReplaceAndRemoveOneCandidateWithoutRebuilding() {
    MatchingIndex index = new MatchingIndex(relations);
    for (int i = 0; i < 200; i++) {
      index.addCandidate(data.candidate(i));
    }
    OpeningSnapshot opening = data.opening(3);
    String top = index.topCandidates(opening, 1, 0).cards().get(0).candidateHandle();
    assertThat(index.removeCandidate(top)).isTrue();
    assertThat(index.removeCandidate(top)).isFalse();
    assertThat(index.candidateCount()).isEqualTo(199);
    assertThat(index.topCandidates(opening, 200, 0).cards())
        .extracting(MatchCard::candidateHandle)
        .doesNotContain(top);

    // Replacing: the same handle with another person's data takes that data's place.
    CandidateSnapshot other = data.candidate(5000);
    CandidateSnapshot replacement =
        new CandidateSnapshot(
            data.candidate(10).handle(),
            other.municipality(),
            other.skills(),
            other.desiredOccupations(),
            other.workHistory(),
            other.languages(),
            other.qualifications(),
            other.availability());
    index.addCandidate(replacement);
    assertThat(index.candidateCount()).isEqualTo(199);
    assertThat(index.candidate(replacement.handle())).contains(replacement);
    index.addCandidate(data.candidate(999)); // a new handle takes the freed slot
    assertThat(index.candidateCount()).isEqualTo(200);
  }

  @Test
  void replacedAndRemovedOpeningsRankLikeTheReferenceOverWhatIsLeft() {
    MatchingIndex index = new MatchingIndex(relations);
    List<OpeningSnapshot> openings = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      openings.add(data.opening(i));
      index.addOpening(data.opening(i));
    }
    CandidateSnapshot candidate = data.candidate(42);
    String best = index.topOpenings(candidate, 1, 0).cards().get(0).openingId();
    assertThat(index.removeOpening(best)).isTrue();
    assertThat(index.removeOpening(best)).isFalse();
    openings.removeIf(o -> o.id().equals(best));
    // Replacing opening-7 by another opening's requirements under the same id.
    OpeningSnapshot other = data.opening(900);
    OpeningSnapshot replacement =
        new OpeningSnapshot(
            "opening-7",
            other.occupation(),
            other.mustHaveSkills(),
            other.niceToHaveSkills(),
            other.german(),
            other.otherLanguages(),
            other.minimumExperienceYears(),
            other.qualificationEqf(),
            other.fullRecognitionRequired(),
            other.regulation(),
            other.municipality(),
            other.hours(),
            other.startDate());
    index.addOpening(replacement);
    openings.replaceAll(o -> o.id().equals("opening-7") ? replacement : o);
    index.addOpening(data.opening(1000)); // a new id takes the freed slot
    openings.add(data.opening(1000));
    assertThat(index.openingCount()).isEqualTo(300);
    for (int c = 0; c < 10; c++) {
      CandidateSnapshot someone = data.candidate(20_000 + c);
      assertThat(index.topOpenings(someone, 300, 0).cards())
          .isEqualTo(reference.rank(someone, openings, 300, 0).cards());
    }
  }

  @Test
  void limitZeroAndOffsetPastTheEndGiveEmptyPagesWithTheTotal() {
    MatchingIndex index = new MatchingIndex(relations);
    for (int i = 0; i < 10; i++) {
      index.addCandidate(data.candidate(i));
    }
    assertThat(index.topCandidates(data.opening(1), 0, 0).cards()).isEmpty();
    MatchRanking.Page past = index.topCandidates(data.opening(1), 10, 50);
    assertThat(past.cards()).isEmpty();
    assertThat(past.total()).isEqualTo(10);
  }
}
