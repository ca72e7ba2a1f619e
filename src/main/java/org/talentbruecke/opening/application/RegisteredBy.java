package org.talentbruecke.opening.application;

import java.time.Instant;

/** The employer user who registered an organisation (its first account), as staff see it. */
public record RegisteredBy(long accountId, String displayName, String email, Instant at) {}
