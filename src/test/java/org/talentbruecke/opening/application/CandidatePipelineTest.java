package org.talentbruecke.opening.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.opening.domain.CandidateStage;
import org.talentbruecke.opening.domain.CandidateStageRepository;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningFilter;
import org.talentbruecke.opening.domain.OpeningRepository;
import org.talentbruecke.opening.domain.PipelineCounts;
import org.talentbruecke.shared.application.NotFound;

/**
 * The dashboard counts come only from recorded stages; a later stage counts for the earlier ones.
 */
class CandidatePipelineTest {
  private final Map<String, CandidateStage> rows = new HashMap<>();

  private final CandidateStageRepository stages =
      new CandidateStageRepository() {
        @Override
        public Optional<CandidateStage> stageOf(long openingId, long profileId) {
          return Optional.ofNullable(rows.get(openingId + "/" + profileId));
        }

        @Override
        public void save(long openingId, long profileId, CandidateStage stage, Instant at) {
          rows.put(openingId + "/" + profileId, stage);
        }

        @Override
        public Map<Long, Map<CandidateStage, Long>> furthestStages(Collection<Long> openingIds) {
          Map<Long, Map<CandidateStage, Long>> result = new HashMap<>();
          rows.forEach(
              (key, stage) -> {
                long opening = Long.parseLong(key.split("/")[0]);
                if (openingIds.contains(opening)) {
                  result
                      .computeIfAbsent(opening, k -> new EnumMap<>(CandidateStage.class))
                      .merge(stage, 1L, Long::sum);
                }
              });
          return result;
        }
      };

  /** Openings 1 and 2 exist. */
  private final OpeningRepository openings =
      new OpeningRepository() {
        @Override
        public Optional<Opening> find(long id) {
          return id == 1 || id == 2
              ? Optional.of(new Opening(7, "Koch (m/w/d)", null, Instant.EPOCH))
              : Optional.empty();
        }

        @Override
        public List<Opening> findByOrganisation(long organisationId) {
          return List.of();
        }

        @Override
        public Opening store(Opening opening) {
          return opening;
        }

        @Override
        public void delete(Opening opening) {
          throw new UnsupportedOperationException();
        }

        @Override
        public List<String> publishedOccupations(Instant now) {
          return List.of();
        }

        @Override
        public List<Opening> findPublished(OpeningFilter filter, Instant now, int limit) {
          return List.of();
        }

        @Override
        public List<Opening> findPublished(
            OpeningFilter filter,
            String keyword,
            org.talentbruecke.opening.domain.OpeningSort sort,
            Instant now,
            int offset,
            int limit) {
          return List.of();
        }

        @Override
        public long countPublished(OpeningFilter filter, String keyword, Instant now) {
          return 0;
        }
      };

  private CandidatePipeline pipeline() throws Exception {
    CandidatePipeline pipeline = new CandidatePipeline();
    set(pipeline, "stages", stages);
    set(pipeline, "openings", openings);
    set(pipeline, "clock", Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    return pipeline;
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  @Test
  void nothingRecordedMeansZeroForEveryOpening() throws Exception {
    assertThat(pipeline().counts(List.of(1L, 2L)))
        .containsEntry(1L, PipelineCounts.NONE)
        .containsEntry(2L, PipelineCounts.NONE);
  }

  @Test
  void laterStagesCountForTheEarlierOnesAndNeverGoBack() throws Exception {
    CandidatePipeline pipeline = pipeline();
    pipeline.reached(1, 100, CandidateStage.SUGGESTED);
    pipeline.reached(1, 101, CandidateStage.SUGGESTED);
    pipeline.reached(1, 101, CandidateStage.CONTACTED);
    pipeline.reached(1, 102, CandidateStage.HIRED);
    pipeline.reached(1, 102, CandidateStage.SUGGESTED); // a late suggestion does not undo a hire
    pipeline.reached(2, 100, CandidateStage.INTERVIEWED);

    Map<Long, PipelineCounts> counts = pipeline.counts(List.of(1L, 2L));
    assertThat(counts.get(1L)).isEqualTo(new PipelineCounts(3, 2, 1, 1));
    assertThat(counts.get(2L)).isEqualTo(new PipelineCounts(1, 1, 1, 0));
  }

  @Test
  void stagesOfUnknownOpeningsAreRefused() throws Exception {
    CandidatePipeline pipeline = pipeline();
    assertThatThrownBy(() -> pipeline.reached(99, 100, CandidateStage.SUGGESTED))
        .isInstanceOf(NotFound.class);
    assertThat(rows).isEmpty();
  }
}
