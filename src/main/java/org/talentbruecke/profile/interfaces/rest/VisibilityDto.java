package org.talentbruecke.profile.interfaces.rest;

import org.talentbruecke.shared.interfaces.rest.Required;

/** Body of {@code PUT /api/v1/profiles/me/visibility}. */
public record VisibilityDto(@Required String visibility) {}
