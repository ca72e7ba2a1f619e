package org.talentbruecke.contact.interfaces.rest;

import org.talentbruecke.contact.domain.ContactRequest;
import org.talentbruecke.matching.interfaces.rest.MatchDtos;
import org.talentbruecke.shared.interfaces.rest.AtMost;
import org.talentbruecke.shared.interfaces.rest.Given;
import org.talentbruecke.shared.interfaces.rest.Required;

/**
 * The JSON of contact requests. Before a job seeker accepts, nothing here names or reaches them:
 * {@code contact} is null and the card is the anonymised match card under the handle.
 */
public final class ContactDtos {
  private ContactDtos() {}

  /**
   * Body of {@code POST /api/v1/contacts} (employer).
   *
   * @param openingId one of the organisation's published openings
   * @param handle the candidate's handle as the candidate list shows it
   * @param message a short message to the job seeker, 1..500 characters
   */
  public record AskDto(
      @Given(message = "{validation.required}") Long openingId,
      @Required @AtMost(max = 9, message = "{validation.tooLong}") String handle,
      @Required @AtMost(max = ContactRequest.MAX_MESSAGE, message = "{validation.tooLong}")
          String message) {}

  /**
   * Body of {@code POST /api/v1/contacts/interest} (job seeker).
   *
   * @param message optional, at most 500 characters
   * @param channel EMAIL, PHONE or COUNSELLOR: how the employer may reach you if it accepts
   * @param detail the phone number, or your counsellor's name and how to reach them
   */
  public record InterestDto(
      @Given(message = "{validation.required}") Long openingId,
      @AtMost(max = ContactRequest.MAX_MESSAGE, message = "{validation.tooLong}") String message,
      @Required @AtMost(max = 10, message = "{validation.tooLong}") String channel,
      @AtMost(max = ContactRequest.MAX_DETAIL, message = "{validation.tooLong}") String detail) {}

  /**
   * Body of {@code POST /api/v1/contacts/{id}/accept}: the job seeker says what to share; an
   * employer accepting an interest sends no body.
   */
  public record AcceptDto(
      @AtMost(max = 10, message = "{validation.tooLong}") String channel,
      @AtMost(max = ContactRequest.MAX_DETAIL, message = "{validation.tooLong}") String detail) {}

  /**
   * A shared contact, only after acceptance.
   *
   * @param email only for the EMAIL channel
   * @param detail the phone number or the counsellor
   */
  public record SharedContactDto(String name, String channel, String email, String detail) {}

  /**
   * One contact request as the caller's side may see it.
   *
   * @param id a random UUID
   * @param startedBy EMPLOYER or SEEKER
   * @param state PENDING, ACCEPTED, DECLINED or WITHDRAWN
   * @param disclosure for the employer: NOTHING, PROFILE or CONTACT (what the person shares now)
   * @param card the anonymised match card, null when not disclosed or not computable
   * @param contact name and chosen contact, null until accepted (and again after a withdrawal)
   */
  public record ContactDto(
      String id,
      long openingId,
      String openingTitle,
      String organisation,
      String handle,
      String startedBy,
      String state,
      String message,
      String createdAt,
      String answeredAt,
      String withdrawnAt,
      String disclosure,
      boolean answerable,
      boolean withdrawable,
      MatchDtos.MatchDto card,
      SharedContactDto contact) {}
}
