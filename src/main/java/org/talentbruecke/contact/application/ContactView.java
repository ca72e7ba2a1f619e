package org.talentbruecke.contact.application;

import java.time.Instant;
import org.talentbruecke.contact.domain.ContactChannel;
import org.talentbruecke.contact.domain.ContactState;
import org.talentbruecke.contact.domain.Disclosure;
import org.talentbruecke.contact.domain.Side;
import org.talentbruecke.matching.domain.MatchCard;

/**
 * A contact request as one side may see it now. For the employer everything about the person beyond
 * the handle follows {@link #disclosure()}: the card only from PROFILE on, the name and contact
 * only at CONTACT. The job seeker sees their own request in full.
 *
 * @param id the public id (a random UUID), the only id that leaves the server
 * @param viewer the side this view is for
 * @param card the match card, null when not disclosed or matching cannot compare them now
 * @param contact the person's name and chosen contact, null unless disclosed (for the job seeker:
 *     what they share)
 */
public record ContactView(
    String id,
    Side viewer,
    long openingId,
    String openingTitle,
    String organisationName,
    String handle,
    Side initiator,
    ContactState state,
    String message,
    Instant createdAt,
    Instant answeredAt,
    Instant withdrawnAt,
    Disclosure disclosure,
    MatchCard card,
    SharedContact contact) {

  /**
   * @param name the name the person registered with
   * @param email the account's address, only for the EMAIL channel
   * @param detail the phone number, or the counsellor's name and how to reach them
   */
  public record SharedContact(String name, ContactChannel channel, String email, String detail) {}

  /** Whether the viewer may accept or decline it now. */
  public boolean answerable() {
    return state == ContactState.PENDING && viewer != initiator;
  }

  /** Whether the viewer may withdraw it now (only the job seeker). */
  public boolean withdrawable() {
    return viewer == Side.SEEKER && state.isOpen();
  }
}
