package org.talentbruecke.matching.application;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.StaffDecision;
import org.talentbruecke.matching.domain.StaffDecisionRepository;

/** In-memory stand-ins for the profile and opening contexts and the decision table. */
final class OversightFakes {
  private OversightFakes() {}

  /** Added value with no service-skill list: markets and scarcity only. */
  static AddedValues addedValues() {
    return new AddedValues(
        new org.talentbruecke.matching.domain.AddedValueAssessor(java.util.Set.of()));
  }

  /** Next steps from the shipped German courses and recognition data. */
  static NextSteps nextSteps() {
    return new NextSteps(
        org.talentbruecke.reference.infrastructure.ReferenceFiles.germanCourses(),
        new org.talentbruecke.reference.domain.recognition.RecognitionAdviceService(
            org.talentbruecke.reference.infrastructure.RecognitionCatalog.load(),
            org.talentbruecke.reference.infrastructure.AdvicePhraseCatalog.load(),
            org.talentbruecke.reference.infrastructure.SupportHintCatalog.load(),
            java.time.Clock.fixed(
                java.time.Instant.parse("2026-12-03T10:00:00Z"), java.time.ZoneOffset.UTC)));
  }

  /** Job seekers by account id; a null snapshot is a profile employers may not see. */
  static final class Candidates implements CandidateSource {
    final Map<Long, Current> byAccount = new LinkedHashMap<>();
    Runnable duringBuild = () -> {};

    void save(long accountId, CandidateSnapshot snapshot) {
      byAccount.put(accountId, new Current(snapshot.handle(), snapshot));
    }

    void hide(long accountId) {
      byAccount.put(accountId, new Current(byAccount.get(accountId).handle(), null));
    }

    @Override
    public List<CandidateSnapshot> visibleToEmployers() {
      List<CandidateSnapshot> out = new ArrayList<>();
      byAccount.values().stream()
          .filter(c -> c.snapshot() != null)
          .forEach(c -> out.add(c.snapshot()));
      duringBuild.run(); // a change committed after this read, while the build goes on
      return out;
    }

    @Override
    public OwnProfile ofAccount(long accountId) {
      Current c = byAccount.get(accountId);
      if (c == null) {
        return new OwnProfile(ProfileState.NO_PROFILE, null);
      }
      return c.snapshot() == null
          ? new OwnProfile(ProfileState.HIDDEN, null)
          : new OwnProfile(ProfileState.READY, c.snapshot());
    }

    @Override
    public Optional<Current> current(long accountId) {
      return Optional.ofNullable(byAccount.get(accountId));
    }

    @Override
    public Optional<Person> person(String handle) {
      return byAccount.entrySet().stream()
          .filter(e -> e.getValue().handle().equals(handle))
          .findFirst()
          .map(e -> new Person(e.getKey(), "Person " + e.getKey()));
    }
  }

  /** Openings by id; the organisation is always 7. */
  static final class Openings implements OpeningSource {
    final Map<Long, OpeningFacts> byId = new LinkedHashMap<>();

    void publish(OpeningSnapshot snapshot) {
      byId.put(Long.valueOf(snapshot.id()), new OpeningFacts(7, "PUBLISHED", true, snapshot));
    }

    void close(long id) {
      OpeningFacts facts = byId.get(id);
      byId.put(id, new OpeningFacts(7, "CLOSED", false, facts.snapshot()));
    }

    @Override
    public List<OpeningSnapshot> published() {
      return byId.values().stream()
          .filter(OpeningFacts::published)
          .map(OpeningFacts::snapshot)
          .toList();
    }

    @Override
    public Optional<OpeningFacts> find(long openingId) {
      return Optional.ofNullable(byId.get(openingId));
    }
  }

  static final class Decisions implements StaffDecisionRepository {
    final List<StaffDecision> all = new ArrayList<>();
    private long nextId = 1;

    @Override
    public List<StaffDecision> findByOpening(long openingId) {
      return all.stream().filter(d -> d.getOpeningId() == openingId).toList();
    }

    @Override
    public List<StaffDecision> findActiveByOpening(long openingId) {
      return all.stream().filter(d -> d.getOpeningId() == openingId && d.isActive()).toList();
    }

    @Override
    public Optional<StaffDecision> find(long decisionId) {
      return all.stream().filter(d -> d.getId() == decisionId).findFirst();
    }

    @Override
    public StaffDecision store(StaffDecision decision) {
      if (decision.getId() == null) {
        try {
          Field id = StaffDecision.class.getDeclaredField("id");
          id.setAccessible(true);
          id.set(decision, nextId++);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        all.add(decision);
      }
      return decision;
    }
  }
}
