package org.talentbruecke.identity.interfaces.rest;

/** A bearer token as returned to API clients. */
public record TokenDto(String accessToken, String tokenType, long expiresIn) {}
