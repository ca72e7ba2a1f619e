package org.talentbruecke.opening.interfaces.rest;

/** Body of {@code POST /api/v1/openings/ad-check}: the ad to check and its language tag. */
public record AdCheckRequestDto(String title, String description, String language) {}
