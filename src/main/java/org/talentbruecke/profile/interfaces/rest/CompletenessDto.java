package org.talentbruecke.profile.interfaces.rest;

/**
 * Answer of {@code GET /api/v1/profiles/me/completeness}: percent, the next step's key and its
 * text.
 */
public record CompletenessDto(int percent, String next, String nextText) {}
