package org.talentbruecke.contact.interfaces.web;

import java.time.Instant;
import org.talentbruecke.contact.application.ContactView;
import org.talentbruecke.matching.interfaces.web.MatchView;

/**
 * One contact request as a contacts page shows it. Pages call the accessors as methods.
 *
 * @param match the match card as the matching pages show it; null when not disclosed
 * @param contact the name and chosen contact; null unless disclosed
 */
public record ContactRow(
    String id,
    long openingId,
    String openingTitle,
    String organisation,
    String handle,
    String startedBy,
    String state,
    String message,
    Instant createdAt,
    Instant answeredAt,
    boolean answerable,
    boolean withdrawable,
    boolean profileShown,
    MatchView match,
    ContactView.SharedContact contact) {}
