package org.talentbruecke.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against the running application, as any API client would use it. */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  public static HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  /** A GET whose answer is not text, such as a PDF. */
  public static HttpResponse<byte[]> getBytes(String path, String... headers) {
    try {
      return CLIENT.send(
          request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpRequest.Builder request(String path, String... headers) {
    return requestTo(RunningApplication.baseUrl(), path, headers);
  }

  /** A request to another running instance (e.g. the one on PostgreSQL). */
  public static HttpRequest.Builder requestTo(String baseUrl, String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** A bearer token for a demo (or freshly registered) account. */
  public static String token(String email, String password, String clientAddress) {
    HttpResponse<String> response =
        postJson(
            "/api/v1/auth/token",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .build()
                .toString(),
            "X-Forwarded-For",
            clientAddress);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "No token for " + email + ": " + response.statusCode() + " " + response.body());
    }
    return json(response).getString("accessToken");
  }

  public static String demoToken(String role) {
    return token(role + "@demo.test", Demo.PASSWORD, "198.51.100.1");
  }
}
