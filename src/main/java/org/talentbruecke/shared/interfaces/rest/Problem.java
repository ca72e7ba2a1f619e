package org.talentbruecke.shared.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/** Builds RFC 9457 problem documents ({@code application/problem+json}). */
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";

  private final ProblemType type;
  private final JsonObjectBuilder body;

  private Problem(ProblemType type, String detail) {
    this.type = type;
    this.body =
        Json.createObjectBuilder()
            .add("type", type.uri())
            .add("title", type.title())
            .add("status", type.status());
    if (detail != null) {
      body.add("detail", detail);
    }
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type, detail);
  }

  public Problem with(String name, String value) {
    body.add(name, value);
    return this;
  }

  public Problem with(String name, long value) {
    body.add(name, value);
    return this;
  }

  public Problem with(String name, JsonArrayBuilder value) {
    body.add(name, value);
    return this;
  }

  public JsonObject toJson() {
    return body.build();
  }

  /**
   * Writes the document straight to a servlet response, for answers given before Jakarta REST runs
   * (authentication, servlet filters).
   */
  public void writeTo(HttpServletResponse response) {
    try {
      response.setStatus(type.status());
      response.setContentType(MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(toJson().toString());
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
  }

  public Response toResponse() {
    return Response.status(type.status()).type(MEDIA_TYPE).entity(toJson().toString()).build();
  }
}
