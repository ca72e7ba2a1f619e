package org.talentbruecke.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.OpeningSnapshot;

/** An erased job seeker leaves the rankings at once, even while the index is being rebuilt. */
class MatchingServiceErasureTest {
  private final SyntheticMatchingData data = new SyntheticMatchingData(11);
  private final OpeningSnapshot opening = data.opening(0);
  private final List<CandidateSnapshot> stored = new ArrayList<>();
  private Runnable duringRead = () -> {};
  private final MatchingService service = new MatchingService();

  MatchingServiceErasureTest() throws ReflectiveOperationException {
    for (int i = 0; i < 40; i++) {
      stored.add(data.candidate(i));
    }
    CandidateSource candidates =
        new CandidateSource() {
          @Override
          public List<CandidateSnapshot> visibleToEmployers() {
            List<CandidateSnapshot> read = List.copyOf(stored);
            duringRead.run();
            return read;
          }

          @Override
          public OwnProfile ofAccount(long accountId) {
            return new OwnProfile(ProfileState.NO_PROFILE, null);
          }

          @Override
          public Optional<Current> current(long accountId) {
            return Optional.empty();
          }

          @Override
          public Optional<Person> person(String handle) {
            return Optional.empty();
          }
        };
    OpeningSource openings =
        new OpeningSource() {
          @Override
          public List<OpeningSnapshot> published() {
            return List.of(opening);
          }

          @Override
          public Optional<OpeningFacts> find(long openingId) {
            return Optional.of(new OpeningFacts(1, "PUBLISHED", true, opening));
          }
        };
    SkillRelationsSource relations = data::relations;
    set("candidates", candidates);
    set("openings", openings);
    set("relations", relations);
    set("addedValues", OversightFakes.addedValues());
    set("nextSteps", OversightFakes.nextSteps());
  }

  // MatchingService takes its sources by field injection; a test constructor would be the only
  // other reason to touch the class.
  private void set(String name, Object value) throws ReflectiveOperationException {
    Field field = MatchingService.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(service, value);
  }

  private List<String> handlesRanked() {
    return service.candidatesFor(null, 1, 1000, 0, false, MatchingService.Sort.FIT).cards().stream()
        .map(MatchCard::candidateHandle)
        .toList();
  }

  @Test
  void aForgottenCandidateIsGoneFromTheNextRankingWithoutARebuild() {
    service.rebuild();
    assertThat(handlesRanked()).isNotEmpty();
    String erased = handlesRanked().get(0);
    int before = service.candidateCount();

    assertThat(service.forgetCandidate(erased)).isTrue();

    assertThat(service.candidateCount()).isEqualTo(before - 1);
    assertThat(handlesRanked()).doesNotContain(erased).isNotEmpty();
    assertThat(service.forgetCandidate(erased)).as("already gone").isFalse();
  }

  @Test
  void aRebuildThatReadTheProfilesBeforeTheErasureDoesNotBringTheCandidateBack() {
    service.rebuild();
    assertThat(handlesRanked()).isNotEmpty();
    String erased = handlesRanked().get(0);
    // The erasure commits while the rebuild is reading: what it read still holds the candidate.
    duringRead =
        () -> {
          stored.removeIf(c -> c.handle().equals(erased));
          service.forgetCandidate(erased);
        };

    service.rebuild();

    assertThat(handlesRanked()).doesNotContain(erased);
    assertThat(service.candidateCount()).isEqualTo(stored.size());
  }
}
