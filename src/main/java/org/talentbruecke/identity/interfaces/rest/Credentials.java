package org.talentbruecke.identity.interfaces.rest;

import org.talentbruecke.shared.interfaces.rest.Given;

/** Body of {@code POST /api/v1/auth/token}. */
public record Credentials(
    @Given(message = "{validation.required}") String email,
    @Given(message = "{validation.required}") String password) {}
