package org.talentbruecke.opening.interfaces.rest;

/** Body of {@code POST /api/v1/openings}. */
public record NewOpeningDto(String title, String description) {}
