package org.talentbruecke.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real WAR on Payara Micro once for all end-to-end tests (API and browser), with a fresh
 * Derby data directory and demo data, and stops it when the test run ends.
 *
 * <p>While the server starts, /health/ready is polled continuously; the observations are kept so
 * that a test can check that readiness never turned green before the migrations had run.
 */
public final class RunningApplication implements BeforeAllCallback {
  // Readiness includes the first import of the shipped ESCO data (about a minute; several on a
  // busy two-core machine).
  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(8);
  private static Server server;
  private static Exception startupFailure;

  /** One answer of /health/ready during start-up (status -1 means no connection yet). */
  public record ReadinessObservation(Instant at, int status, String body) {}

  /** The started server: its base URL, its log and what readiness said while it started. */
  public record Server(
      String baseUrl,
      Path log,
      Path dataDirectory,
      Process process,
      List<ReadinessObservation> readiness)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server();
    // Closed once, when the whole test run ends.
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent("server", k -> server);
  }

  public static synchronized Server server() throws Exception {
    if (startupFailure != null) {
      throw new IllegalStateException(
          "The application did not start (see the first failure)", startupFailure);
    }
    if (server == null) {
      try {
        server = start("derby", Map.of());
      } catch (Exception e) {
        startupFailure = e; // every later test class fails at once instead of waiting again
        throw e;
      }
    }
    return server;
  }

  public static String baseUrl() {
    try {
      return server().baseUrl();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts another instance with extra environment (e.g. another database); the caller closes it.
   */
  public static Server start(String name, Map<String, String> extraEnvironment) throws Exception {
    Path target =
        Path.of(System.getProperty("talentbruecke.testDir", "target/it")).toAbsolutePath();
    Path war =
        Path.of(System.getProperty("talentbruecke.war", "target/talentbruecke.war"))
            .toAbsolutePath();
    Path micro =
        Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath();
    if (!Files.isRegularFile(war) || !Files.isRegularFile(micro)) {
      throw new IllegalStateException(
          "Build the WAR and copy Payara Micro first (mvn package): " + war + ", " + micro);
    }
    Path run = target.resolve(name + "-" + System.currentTimeMillis());
    Path data = run.resolve("data");
    Files.createDirectories(data);
    Path log = run.resolve("server.log");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                javaExecutable(),
                "-Xmx768m",
                "-Djava.io.tmpdir=" + run,
                "-jar",
                micro.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--nocluster",
                "--rootDir",
                run.resolve("payara").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("TALENTBRUECKE_DATA", data.toString());
    env.put("TALENTBRUECKE_DEMO", "true");
    // The demo imprint, as config/talentbruecke.env sets it for bin/run.
    env.put("TALENTBRUECKE_IMPRINT_OPERATOR", "Wirtschaftsförderung Musterregion (Demo)");
    env.put("TALENTBRUECKE_IMPRINT_ADDRESS", "Musterstraße 1, 30159 Hannover");
    env.put("TALENTBRUECKE_IMPRINT_REPRESENTATIVE", "Erika Mustermann (Demo)");
    env.put("TALENTBRUECKE_IMPRINT_EMAIL", "impressum@demo.test");
    env.put("TALENTBRUECKE_IMPRINT_PHONE", "+49 511 000000");
    // Lets throttling tests act as distinct clients without locking out the other tests: API
    // tests send X-Forwarded-For themselves, and every Browser sends an address of its own.
    env.put("TALENTBRUECKE_HTTP_TRUST_FORWARDED_FOR", "true");
    env.putAll(extraEnvironment);
    Process process = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    String baseUrl = "http://localhost:" + port;
    List<ReadinessObservation> readiness = Collections.synchronizedList(new ArrayList<>());
    awaitReady(baseUrl, process, log, readiness);
    return new Server(baseUrl, log, data, process, List.copyOf(readiness));
  }

  private static void awaitReady(
      String baseUrl, Process process, Path log, List<ReadinessObservation> readiness)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited during start-up; see " + log);
      }
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        readiness.add(
            new ReadinessObservation(Instant.now(), response.statusCode(), response.body()));
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        readiness.add(new ReadinessObservation(Instant.now(), -1, e.getClass().getSimpleName()));
      }
      Thread.sleep(250);
    }
    process.destroy();
    throw new IllegalStateException(
        "Talentbrücke was not ready within " + STARTUP_TIMEOUT + "; see " + log);
  }

  // A newer JDK starts Payara Micro much faster; the WAR itself targets Java 17.
  private static String javaExecutable() {
    Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
    if (Files.isExecutable(temurin)) {
      return temurin.toString();
    }
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
