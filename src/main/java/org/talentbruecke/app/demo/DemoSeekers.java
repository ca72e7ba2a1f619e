package org.talentbruecke.app.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.talentbruecke.app.DataSourceConfiguration;
import org.talentbruecke.identity.application.PasswordHasher;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * In demo mode, fills the register with generated job seekers once ESCO is loaded (how many and
 * from which seed: {@link DemoSettings}, default 200). A restart only adds the people still
 * missing, so raising the number later extends the same population.
 *
 * <p>The generated accounts cannot sign in: they all store the hash of one random secret that is
 * thrown away. They exist to be found, matched and reviewed, not to be used; a shared known
 * password on thousands of accounts would be a needless risk if demo mode ever ran in public.
 * {@code seeker@demo.test} remains the job seeker to sign in as.
 */
@ApplicationScoped
public class DemoSeekers extends DemoCreator {
  static final int CHUNK = 500;
  private static final Logger LOG = Logger.getLogger(DemoSeekers.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;
  @Inject private DemoSettings settings;
  @Inject private MunicipalityCatalog municipalities;

  @Override
  protected String what() {
    return "demo job seekers";
  }

  @Override
  protected boolean canCreate() {
    return settings.seekers() > 0;
  }

  /** Never: each call adds the people still missing, up to the configured number. */
  @Override
  protected boolean exists() {
    return false;
  }

  @Override
  protected void create() {
    int size = settings.seekers();
    long seed = settings.seed();
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      int existing = DemoSeekerWriter.countExisting(connection);
      if (existing >= size) {
        return;
      }
      List<DemoOccupation> occupations = DemoOccupationPool.fromDatabase(connection);
      if (occupations.isEmpty()) {
        LOG.warning("No ESCO occupations for demo job seekers");
        return;
      }
      LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
      DemoSeekerGenerator generator =
          new DemoSeekerGenerator(seed, occupations, municipalities(municipalities), today);
      connection.setAutoCommit(false);
      try {
        DemoSeekerWriter writer =
            new DemoSeekerWriter(connection, unusableHash(), Timestamp.from(clock.instant()));
        int written = writeAll(generator, writer, existing, size);
        LOG.info(
            String.format(
                "Generated %d demo job seekers (%d to %d, seed %d) in %d ms",
                written, existing, size - 1, seed, (System.nanoTime() - start) / 1_000_000));
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // The chunks written so far stay; DemoCreator logs the failure.
      throw new IllegalStateException(e);
    }
  }

  /** Generates and writes people {@code from} to {@code to - 1}, one commit per chunk. */
  static int writeAll(DemoSeekerGenerator generator, DemoSeekerWriter writer, int from, int to)
      throws SQLException {
    for (int first = from; first < to; first += CHUNK) {
      List<DemoSeeker> chunk = new ArrayList<>(CHUNK);
      for (int i = first; i < Math.min(to, first + CHUNK); i++) {
        chunk.add(generator.seeker(i));
      }
      writer.write(chunk);
    }
    return to - from;
  }

  /** AGS codes with the region's capital first, as the generator expects. */
  static List<String> municipalities(MunicipalityCatalog catalog) {
    return catalog.all().stream().map(Municipality::ags).sorted().toList();
  }

  private String unusableHash() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return hasher.hash(Base64.getEncoder().encodeToString(secret));
  }
}
