package org.talentbruecke.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Activates Jakarta REST under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Talentbrücke API",
            version = "1",
            description =
                "Skills register and diversity matching. Obtain a bearer token from"
                    + " POST /api/v1/auth/token. Errors are RFC 9457 problem documents."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RestApplication extends Application {
  @Override
  public Map<String, Object> getProperties() {
    // Makes @RolesAllowed on resource methods effective; Jersey does not by default.
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
        // Our exception mappers answer every error; Jersey must not add HTML error pages.
        "jersey.config.server.response.setStatusOverSendError",
        true,
        // No generated WADL (application.wadl, OPTIONS bodies): it described every endpoint to
        // anonymous callers. The documented description is /openapi.
        "jersey.config.server.wadl.disableWadl",
        true);
  }
}
