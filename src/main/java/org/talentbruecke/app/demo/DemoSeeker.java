package org.talentbruecke.app.demo;

import org.talentbruecke.profile.application.ProfileData;

/**
 * One generated job seeker: the account data and the profile, in the same shape the API accepts.
 *
 * @param preferredLanguage the interface language the person would choose, or null for German
 */
public record DemoSeeker(
    int index, String email, String displayName, String preferredLanguage, ProfileData profile) {}
