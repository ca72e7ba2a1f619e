package org.talentbruecke.identity.interfaces.rest;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/auth/token}. */
public record Credentials(
    @NotNull(message = "{validation.required}") String email,
    @NotNull(message = "{validation.required}") String password) {}
