package org.talentbruecke.profile.interfaces.rest;

/** Body of {@code PUT /api/v1/profiles/me/visibility}. */
public record VisibilityDto(String visibility) {}
