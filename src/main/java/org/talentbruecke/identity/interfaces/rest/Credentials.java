package org.talentbruecke.identity.interfaces.rest;

/** Body of {@code POST /api/v1/auth/token}. */
public record Credentials(String email, String password) {}
