package org.talentbruecke.shared.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.MessageTexts;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;

/** Turns every exception that reaches Jakarta REST into a problem document, never a stack trace. */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** HTTP errors raised by Jakarta REST itself or by resources (404, 405, 415, …). */
  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Context private SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e instanceof ForbiddenException && security.getUserPrincipal() == null) {
        return Problem.of(ProblemType.UNAUTHORIZED, "Send a bearer token.").toResponse();
      }
      if (e.getResponse().hasEntity()) {
        return e.getResponse(); // already a problem document (ProblemException, Throttled)
      }
      ProblemType type = ProblemType.forStatus(status);
      String detail = status >= 500 ? null : e.getMessage();
      return Problem.of(type, detail).toResponse();
    }
  }

  /** Input that breaks the rules of an application service. */
  @Provider
  public static class ValidationFailureMapper implements ExceptionMapper<ValidationFailure> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(ValidationFailure e) {
      Locale locale =
          headers.getAcceptableLanguages().isEmpty()
              ? MessageTexts.DEFAULT_LOCALE
              : headers.getAcceptableLanguages().get(0);
      JsonArrayBuilder errors = Json.createArrayBuilder();
      for (FieldError error : e.errors()) {
        errors.add(
            Json.createObjectBuilder()
                .add("field", error.field())
                .add("code", error.messageKey())
                .add(
                    "message", MessageTexts.format(locale, error.messageKey(), error.arguments())));
      }
      return Problem.of(ProblemType.VALIDATION, "One or more fields are invalid.")
          .with("errors", errors)
          .toResponse();
    }
  }

  /** Something that does not exist, or belongs to someone else (indistinguishable on purpose). */
  @Provider
  public static class NotFoundMapper implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound e) {
      return Problem.of(ProblemType.NOT_FOUND, e.getMessage()).toResponse();
    }
  }

  /** Bodies that cannot be read as the expected JSON. */
  @Provider
  public static class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body could not be read.")
          .toResponse();
    }
  }

  /**
   * Failures at commit (a constraint the database enforces, a lost race). Jersey's own mapper for
   * this type would otherwise answer an empty 500.
   */
  @Provider
  public static class TransactionalExceptionMapper
      implements ExceptionMapper<jakarta.transaction.TransactionalException> {
    @Override
    public Response toResponse(jakarta.transaction.TransactionalException e) {
      LOG.log(Level.SEVERE, "Transaction failed in the API", e);
      return Problem.of(ProblemType.INTERNAL, "Something went wrong on our side.").toResponse();
    }
  }

  /** Everything else: logged with its stack trace, answered without it. */
  @Provider
  public static class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception e) {
      if (e instanceof jakarta.json.JsonException
          || e instanceof jakarta.json.bind.JsonbException) {
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.")
            .toResponse();
      }
      LOG.log(Level.SEVERE, "Unexpected error in the API", e);
      return Problem.of(ProblemType.INTERNAL, "Something went wrong on our side.").toResponse();
    }
  }
}
