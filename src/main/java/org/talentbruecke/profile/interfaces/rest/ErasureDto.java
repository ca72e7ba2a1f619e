package org.talentbruecke.profile.interfaces.rest;

import org.talentbruecke.shared.interfaces.rest.Required;

/**
 * Body of {@code DELETE /api/v1/profiles/me}: the current password, asked again on purpose so that
 * a stolen token or an unattended browser cannot delete an account.
 */
public record ErasureDto(@Required String password) {}
