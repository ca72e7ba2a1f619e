package org.talentbruecke.identity.interfaces.rest;

import java.util.List;

/** The caller's own account as the API shows it. */
public record MeDto(long id, String email, List<String> roles, Long organisationId) {}
