package org.talentbruecke.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
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
        .addClass(PersistenceContainerIT.class)
        .addPackages(true, "org.assertj");
  }

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private ReadinessCheck readiness;
  @Inject private RegistrationService registration;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction transaction;

  @Test
  void everyShippedMigrationIsAppliedSuccessfully() throws Exception {
    int shipped = countMigrationFiles();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = true AND \"version\" IS NOT NULL")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(shipped).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void readinessIsUpWithTheDatabaseMigrated() {
    HealthCheckResponse response = readiness.call();
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getData()).hasValueSatisfying(d -> assertThat(d).containsEntry("migrated", true));
  }

  @Test
  void aRefusedEmployerRegistrationLeavesNeitherAccountNorOrganisation() {
    long accounts = count("ACCOUNT");
    long organisations = count("ORGANISATION");
    RegistrationRequest bad =
        new RegistrationRequest("container-" + UUID.randomUUID() + "@example.org", "short", "Name", Role.EMPLOYER, "Firma", "de", true);
    assertThatThrownBy(() -> registration.registerSelf(bad, "10.0.0.1")).isInstanceOf(ValidationFailure.class);
    assertThat(count("ACCOUNT")).isEqualTo(accounts);
    assertThat(count("ORGANISATION")).isEqualTo(organisations);
  }

  @Test
  void concurrentEditsOfAnAccountAreDetected() throws Exception {
    Account stored =
        registration.registerSelf(
            new RegistrationRequest("lock-" + UUID.randomUUID() + "@example.org", "Ein sicheres Passwort 99", "Lock Test",
                Role.JOB_SEEKER, null, "de", true), "10.0.0.2");
    transaction.begin();
    Account first = em.find(Account.class, stored.getId());
    em.detach(first);
    transaction.commit();

    transaction.begin();
    em.find(Account.class, stored.getId()).preferLanguage("en");
    transaction.commit();

    transaction.begin();
    first.preferLanguage("ar");
    try {
      assertThatThrownBy(() -> { em.merge(first); em.flush(); })
          .isInstanceOf(jakarta.persistence.OptimisticLockException.class);
    } finally {
      transaction.rollback();
    }
  }

  private long count(String table) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
  }

  private static int countMigrationFiles() throws Exception {
    URL folder = PersistenceContainerIT.class.getClassLoader().getResource("db/migration");
    try (var files = Files.list(Path.of(folder.toURI()))) {
      return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }
}
