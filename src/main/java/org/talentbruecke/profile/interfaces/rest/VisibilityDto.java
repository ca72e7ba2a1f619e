package org.talentbruecke.profile.interfaces.rest;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code PUT /api/v1/profiles/me/visibility}. */
public record VisibilityDto(@NotBlank(message = "{validation.required}") String visibility) {}
