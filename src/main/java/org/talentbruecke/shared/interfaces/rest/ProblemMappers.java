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
import java.util.Optional;
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
        return Problem.of(ProblemType.UNAUTHORIZED, UNAUTHORIZED_DETAIL).toResponse();
      }
      if (e.getResponse().hasEntity()) {
        return e.getResponse(); // already a problem document (ProblemException, Throttled)
      }
      Optional<String> queryParameter = unreadableQueryParameter(e);
      if (queryParameter.isPresent()) {
        return Problem.of(
                ProblemType.MALFORMED_REQUEST,
                "The query parameter \"" + queryParameter.get() + "\" has an invalid value.")
            .with("parameter", queryParameter.get())
            .toResponse();
      }
      ProblemType type = ProblemType.forStatus(status);
      return Problem.of(type, detailFor(type)).toResponse();
    }

    /**
     * Jakarta REST answers a query parameter it cannot convert (limit=abc, limit=99999999999) with
     * 404, as if the resource did not exist. Jersey's exception for it names the parameter; Jersey
     * is not on our compile class path, so its name is read reflectively.
     */
    static Optional<String> unreadableQueryParameter(WebApplicationException e) {
      if (!e.getClass().getSimpleName().equals("QueryParamException")) {
        return Optional.empty();
      }
      try {
        Object name = e.getClass().getMethod("getParameterName").invoke(e);
        return Optional.of(String.valueOf(name));
      } catch (ReflectiveOperationException | RuntimeException notJersey) {
        return Optional.of("?");
      }
    }

    /** Our own words, never the framework's ("HTTP 405 Method Not Allowed"). */
    static String detailFor(ProblemType type) {
      return switch (type) {
        case UNAUTHORIZED -> UNAUTHORIZED_DETAIL;
        case FORBIDDEN -> "You may not do this.";
        case NOT_FOUND -> "There is nothing at this address.";
        case METHOD_NOT_ALLOWED -> "This address does not support this method.";
        case NOT_ACCEPTABLE -> "This address cannot answer in the requested format.";
        case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
        case CONFLICT -> "Not possible in the current state.";
        case TOO_MANY_ATTEMPTS -> "Too many attempts. Try again later.";
        case INTERNAL -> null;
        default -> "The request could not be understood.";
      };
    }
  }

  static final String UNAUTHORIZED_DETAIL =
      "Sign in first: send a bearer token from POST /api/v1/auth/token.";

  /** Input that breaks the rules of an application service. */
  @Provider
  public static class ValidationFailureMapper implements ExceptionMapper<ValidationFailure> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(ValidationFailure e) {
      return fieldErrors(e, headers);
    }
  }

  /**
   * Bean Validation of a resource's parameters ({@code @Valid}), answered exactly like a {@link
   * ValidationFailure}; Jersey's own mapper would answer without field names.
   */
  @Provider
  public static class ConstraintViolationMapper
      implements ExceptionMapper<jakarta.validation.ConstraintViolationException> {
    @Context private HttpHeaders headers;

    @Override
    public Response toResponse(jakarta.validation.ConstraintViolationException e) {
      return fieldErrors(
          new ValidationFailure(ConstraintFieldErrors.of(e.getConstraintViolations())), headers);
    }
  }

  static Response fieldErrors(ValidationFailure e, HttpHeaders headers) {
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
              .add("message", MessageTexts.format(locale, error.messageKey(), error.arguments())));
    }
    return Problem.of(ProblemType.VALIDATION, "One or more fields are invalid.")
        .with("errors", errors)
        .toResponse();
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
