package org.talentbruecke.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.talentbruecke.identity.application.RegistrationRequest;
import org.talentbruecke.identity.application.RegistrationService;
import org.talentbruecke.identity.domain.Account;
import org.talentbruecke.identity.domain.Role;
import org.talentbruecke.opening.application.EmployerOnboarding;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.domain.CandidateStage;
import org.talentbruecke.opening.domain.CandidateStageRepository;
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * In-container tests against the real WAR on Payara Micro with embedded Derby: migrations,
 * readiness, transactions, optimistic locking and the repositories that write plain SQL.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceContainerIT {

  @Deployment
  static WebArchive deployment() {
    File war = new File(System.getProperty("talentbruecke.war", "target/talentbruecke.war"));
    return ShrinkWrap.create(ZipImporter.class, "talentbruecke.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addClasses(PersistenceContainerIT.class, ContainerProbe.class)
        .addPackages(true, "org.assertj");
  }

  private static <T> T bean(Class<T> type) {
    // Looked up rather than injected: the test class itself is not a CDI bean of the archive.
    return CDI.current().select(type).get();
  }

  @Test
  void everyShippedMigrationIsAppliedSuccessfully() throws Exception {
    assertThat(bean(ContainerProbe.class).appliedMigrations())
        .isEqualTo(countMigrationFiles())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void readinessIsUpWithTheDatabaseMigrated() {
    HealthCheckResponse response =
        CDI.current()
            .select(
                ReadinessCheck.class, org.eclipse.microprofile.health.Readiness.Literal.INSTANCE)
            .get()
            .call();
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getData())
        .hasValueSatisfying(d -> assertThat(d).containsEntry("migrated", true));
  }

  @Test
  void aRefusedEmployerRegistrationLeavesNeitherAccountNorOrganisation() {
    ContainerProbe probe = bean(ContainerProbe.class);
    long accounts = probe.count("ACCOUNT");
    long organisations = probe.count("ORGANISATION");
    RegistrationRequest bad =
        new RegistrationRequest(
            "container-" + UUID.randomUUID() + "@example.org",
            "short",
            "Name",
            Role.EMPLOYER,
            "Firma",
            "de",
            true);
    assertThatThrownBy(
            () -> bean(EmployerOnboarding.class).registerWithNewOrganisation(bad, "10.0.0.1"))
        .isInstanceOf(ValidationFailure.class);
    assertThat(probe.count("ACCOUNT")).isEqualTo(accounts);
    assertThat(probe.count("ORGANISATION")).isEqualTo(organisations);
  }

  @Test
  void concurrentEditsOfAnAccountAreDetected() {
    ContainerProbe probe = bean(ContainerProbe.class);
    Account stored =
        bean(RegistrationService.class)
            .registerSelf(
                new RegistrationRequest(
                    "lock-" + UUID.randomUUID() + "@example.org",
                    "Ein sicheres Passwort 99",
                    "Lock Test",
                    Role.JOB_SEEKER,
                    null,
                    "de",
                    true),
                "10.0.0.2");
    Account stale = probe.detachedAccount(stored.getId());
    probe.changeLanguage(stored.getId(), "en");
    stale.preferLanguage("ar");
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> probe.writeBack(stale));
    assertThat(causes(thrown))
        .anyMatch(t -> t instanceof jakarta.persistence.OptimisticLockException);
  }

  @Test
  void candidateStagesAreInsertedUpdatedAndCountedPerOpening() {
    ContainerProbe probe = bean(ContainerProbe.class);
    CandidateStageRepository stages = bean(CandidateStageRepository.class);
    long organisation =
        bean(OrganisationService.class).register("Stages " + UUID.randomUUID().toString());
    long base = 900_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L) * 1_000;
    long first = probe.insertOpening(base, organisation);
    long second = probe.insertOpening(base + 1, organisation);
    java.time.Instant monday = java.time.Instant.parse("2026-11-23T09:00:00Z");
    java.time.Instant friday = java.time.Instant.parse("2026-11-27T15:30:00Z");

    probe.inTransaction(
        () -> {
          stages.save(first, 1, CandidateStage.SUGGESTED, monday);
          stages.save(first, 2, CandidateStage.SUGGESTED, monday);
          stages.save(first, 3, CandidateStage.HIRED, monday);
          stages.save(second, 1, CandidateStage.CONTACTED, monday);
          return null;
        });
    probe.inTransaction(
        () -> {
          stages.save(first, 2, CandidateStage.INTERVIEWED, friday);
          return null;
        });

    assertThat(stages.stageOf(first, 2)).contains(CandidateStage.INTERVIEWED);
    assertThat(stages.stageOf(first, 1)).contains(CandidateStage.SUGGESTED);
    assertThat(stages.stageOf(second, 2)).isEmpty();
    java.util.List<?> rows = probe.candidateStageRows(first, 2);
    assertThat(rows).as("updated in place, not a second row").hasSize(1);
    assertThat(((java.sql.Timestamp) ((Object[]) rows.get(0))[1]).toInstant()).isEqualTo(friday);

    // More openings than one IN list takes (200), most without any candidate.
    java.util.List<Long> many = new java.util.ArrayList<>();
    for (long id = base + 2; many.size() < 450; id++) {
      many.add(id);
    }
    many.add(300, first);
    many.add(second);
    var counts = stages.furthestStages(many);
    assertThat(counts).containsOnlyKeys(first, second);
    assertThat(counts.get(first))
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of(
                CandidateStage.SUGGESTED, 1L,
                CandidateStage.INTERVIEWED, 1L,
                CandidateStage.HIRED, 1L));
    assertThat(counts.get(second))
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(CandidateStage.CONTACTED, 1L));
    assertThat(stages.furthestStages(java.util.List.of())).isEmpty();
  }

  private static java.util.List<Throwable> causes(Throwable t) {
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
      chain.add(c);
    }
    return chain;
  }

  private static int countMigrationFiles() throws Exception {
    URL folder = PersistenceContainerIT.class.getClassLoader().getResource("db/migration");
    try (var files = Files.list(Path.of(folder.toURI()))) {
      return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }
}
