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
import org.talentbruecke.shared.application.ValidationFailure;

/**
 * In-container tests against the real WAR on Payara Micro with embedded Derby: migrations,
 * readiness, transactions and optimistic locking.
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
