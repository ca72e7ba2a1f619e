package org.talentbruecke.shared.interfaces.rest;

/**
 * The stable problem types of the API (RFC 9457). Clients may rely on {@link #uri()}; titles are
 * for people and may change.
 */
public enum ProblemType {
  NOT_FOUND(404, "not-found", "Not found"),
  UNAUTHORIZED(401, "unauthorized", "Authentication required"),
  FORBIDDEN(403, "forbidden", "Not allowed"),
  VALIDATION(400, "validation", "Invalid input"),
  MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  CONFLICT(409, "conflict", "Conflict"),
  INVALID_CREDENTIALS(401, "invalid-credentials", "E-mail or password is wrong"),
  TOO_MANY_ATTEMPTS(429, "too-many-attempts", "Too many attempts"),
  ORGANISATION_NOT_VERIFIED(403, "organisation-not-verified", "Organisation not verified yet"),
  AD_CHECK_FINDINGS(409, "ad-check-findings", "The job ad has fair-ad findings"),
  INVALID_STATE(409, "invalid-state", "Not possible in the current state"),
  CROSS_SITE_REQUEST(403, "cross-site-request", "Cross-site request refused"),
  INTERNAL(500, "internal", "Internal error");

  private static final String PREFIX = "urn:talentbruecke:problem:";
  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public String uri() {
    return PREFIX + slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The generic type for an HTTP status that has no more specific one. */
  public static ProblemType forStatus(int status) {
    return switch (status) {
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> TOO_MANY_ATTEMPTS;
      default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    };
  }
}
