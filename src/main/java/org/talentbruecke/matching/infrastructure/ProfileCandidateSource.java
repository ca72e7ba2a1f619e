package org.talentbruecke.matching.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talentbruecke.identity.application.AccountService;
import org.talentbruecke.matching.application.CandidateSource;
import org.talentbruecke.matching.application.HandleDirectory;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.CandidateSnapshotFactory;
import org.talentbruecke.matching.domain.PseudonymousHandle;
import org.talentbruecke.profile.application.ProfileService;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;

/** Job seekers read through the profile context's application layer. */
@ApplicationScoped
public class ProfileCandidateSource implements CandidateSource {
  private static final ZoneId REGION = ZoneId.of("Europe/Berlin");

  @Inject private ProfileService profiles;
  @Inject private Vocabulary vocabulary;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private Clock clock;
  @Inject private AccountService accounts;

  // Handles cannot be reversed: which account each one stands for is noted as snapshots are made.
  private final HandleDirectory directory = new HandleDirectory();

  // A secret: who knows it can tell which handle belongs to which profile id (docs/operations.md).
  @Inject
  @ConfigProperty(name = "talentbruecke.matching.handle-key")
  private String handleKey;

  // A rebuild runs on a managed executor thread: without a transaction the transaction-scoped
  // EntityManager is closed between the queries (as in EscoSkillRelationsSource).
  @Override
  @jakarta.transaction.Transactional
  public List<CandidateSnapshot> visibleToEmployers() {
    List<ProfileService.ForMatching> all = profiles.visibleToEmployers();
    SnapshotAssembler assembler = assembler(all);
    List<CandidateSnapshot> out = new ArrayList<>();
    for (ProfileService.ForMatching p : all) {
      if (SnapshotAssembler.hasSkills(p.data())) {
        assembler
            .candidate(p.profileId(), p.data())
            .ifPresent(
                s -> {
                  directory.put(s.handle(), p.accountId());
                  out.add(s);
                });
      }
    }
    return out;
  }

  @Override
  public OwnProfile ofAccount(long accountId) {
    Optional<ProfileService.ForMatching> found = profiles.forMatching(accountId);
    if (found.isEmpty()) {
      return new OwnProfile(ProfileState.NO_PROFILE, null);
    }
    ProfileService.ForMatching p = found.get();
    if ("HIDDEN".equals(p.data().visibility())) {
      return new OwnProfile(ProfileState.HIDDEN, null);
    }
    if (!SnapshotAssembler.hasSkills(p.data())) {
      return new OwnProfile(ProfileState.NO_SKILLS, null);
    }
    return assembler(List.of(p))
        .candidate(p.profileId(), p.data())
        .map(s -> new OwnProfile(ProfileState.READY, s))
        .orElseGet(() -> new OwnProfile(ProfileState.NO_MUNICIPALITY, null));
  }

  @Override
  public Optional<Current> current(long accountId) {
    Optional<ProfileService.ForMatching> found = profiles.forMatching(accountId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ProfileService.ForMatching p = found.get();
    String handle = new PseudonymousHandle(handleKey).of(p.profileId());
    directory.put(handle, p.accountId());
    if (!p.visibleToEmployers() || !SnapshotAssembler.hasSkills(p.data())) {
      return Optional.of(new Current(handle, null));
    }
    return Optional.of(
        new Current(handle, assembler(List.of(p)).candidate(p.profileId(), p.data()).orElse(null)));
  }

  @Override
  public Optional<Person> person(String handle) {
    return directory
        .accountOf(handle)
        .flatMap(accounts::summary)
        .map(a -> new Person(a.id(), a.displayName()));
  }

  @Override
  public Optional<String> handleOf(long accountId) {
    return profiles
        .forMatching(accountId)
        .map(p -> new PseudonymousHandle(handleKey).of(p.profileId()));
  }

  private SnapshotAssembler assembler(Collection<ProfileService.ForMatching> profiles) {
    List<String> uris =
        profiles.stream()
            .flatMap(p -> SnapshotAssembler.occupationUris(p.data()))
            .distinct()
            .collect(Collectors.toList());
    Map<String, String> isco = new HashMap<>();
    vocabulary.occupationFacts(uris).forEach((uri, facts) -> isco.put(uri, facts.iscoCode()));
    return new SnapshotAssembler(
        isco::get,
        municipalities::byAgs,
        new CandidateSnapshotFactory(new PseudonymousHandle(handleKey)),
        LocalDate.now(clock.withZone(REGION)));
  }
}
