package org.talentbruecke.shared.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.talentbruecke.shared.application.TooManyAttempts;

/** Answers 429 with a Retry-After header and the moment to retry in the problem document. */
public final class Throttled {
  private Throttled() {}

  public static WebApplicationException until(Instant retryAt, Clock clock) {
    return new WebApplicationException(response(retryAt, clock));
  }

  static Response response(Instant retryAt, Clock clock) {
    long seconds = Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds());
    Response problem =
        Problem.of(
                ProblemType.TOO_MANY_ATTEMPTS,
                "Too many attempts. Try again in " + seconds + " seconds.")
            .with("retryAt", retryAt.toString())
            .with("retryAfterSeconds", seconds)
            .toResponse();
    return Response.fromResponse(problem).header("Retry-After", seconds).build();
  }

  /** Maps {@link TooManyAttempts} from application services. */
  @Provider
  public static class Mapper implements ExceptionMapper<TooManyAttempts> {
    @Override
    public Response toResponse(TooManyAttempts e) {
      return response(e.retryAt(), Clock.systemUTC());
    }
  }
}
