package org.talentbruecke.opening.domain;

/**
 * What a job seeker filters published openings by; null fields do not filter.
 *
 * @param maxGermanLevel the highest German level the seeker has: openings needing more in any
 *     sub-skill are left out
 */
public record OpeningFilter(String municipality, WorkingHours hours, LanguageLevel maxGermanLevel) {}
