package org.talentbruecke.contact.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.talentbruecke.contact.application.ContactService;
import org.talentbruecke.contact.application.ContactView;
import org.talentbruecke.contact.domain.ContactChannel;
import org.talentbruecke.contact.domain.ContactConflict;
import org.talentbruecke.contact.domain.NotYourSide;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.application.RankedMatch;
import org.talentbruecke.matching.interfaces.rest.MatchCards;
import org.talentbruecke.shared.application.MessageTexts;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.rest.Problem;
import org.talentbruecke.shared.interfaces.rest.ProblemException;
import org.talentbruecke.shared.interfaces.rest.ProblemType;
import org.talentbruecke.shared.interfaces.rest.RequestBodies;

/**
 * Contact on consent: an employer asks to contact a candidate, a job seeker shows interest in an
 * opening, the other side accepts or declines, the job seeker withdraws. Who may do what is checked
 * in {@link ContactService}; another party's request is 404 as if it did not exist.
 */
@Path("/contacts")
@RequestScoped
@RolesAllowed({"EMPLOYER", "JOB_SEEKER"})
@Tag(name = "Contacts")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {
  private static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();
  @Inject private ContactService contacts;
  @Inject private MatchCards cards;
  @Inject private RequestBodies bodies;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  @POST
  @RolesAllowed("EMPLOYER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask to contact an anonymised candidate for an opening (employer)",
      description =
          "The job seeker is told (by mail in their language and on their contacts page) and"
              + " accepts or declines; only on acceptance do you see their name and the contact"
              + " details they choose.")
  @APIResponse(
      responseCode = "201",
      description = "Asked; Location names the request",
      content = @Content(schema = @Schema(implementation = ContactDtos.ContactDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "openingId, handle or message (1..500 characters) missing or wrong",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not an employer")
  @APIResponse(
      responseCode = "404",
      description = "No such opening of yours, or no candidate visible to employers with it",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Opening not published, organisation not verified, or asked already",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response ask(ContactDtos.AskDto body) {
    requireBody(body);
    bodies.require(body);
    return created(
        run(
            () ->
                contacts.askToContact(caller(), body.openingId(), body.handle(), body.message())));
  }

  @POST
  @Path("interest")
  @RolesAllowed("JOB_SEEKER")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Show interest in a published opening (job seeker)",
      description =
          "Shares your anonymised profile with the opening's organisation. If it accepts, it sees"
              + " your name and the contact you choose here.")
  @APIResponse(
      responseCode = "201",
      description = "Shown; Location names the request",
      content = @Content(schema = @Schema(implementation = ContactDtos.ContactDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "openingId, channel or detail missing or wrong",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "Not a job seeker")
  @APIResponse(
      responseCode = "404",
      description = "No such opening",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Opening closed, profile hidden or missing, or interest shown already",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response interest(ContactDtos.InterestDto body) {
    requireBody(body);
    bodies.require(body);
    ContactChannel channel = channel(body.channel(), true);
    return created(
        run(
            () ->
                contacts.showInterest(
                    caller(), body.openingId(), body.message(), channel, body.detail())));
  }

  @GET
  @Operation(
      summary = "Your contact requests, newest first",
      description =
          "A job seeker's own, or all of the employer's organisation; names and contact details"
              + " only for accepted requests.")
  @APIResponse(
      responseCode = "200",
      description = "The requests",
      content =
          @Content(
              schema =
                  @Schema(implementation = ContactDtos.ContactDto.class, type = SchemaType.ARRAY)))
  public List<ContactDtos.ContactDto> list() {
    return run(() -> contacts.mine(caller())).stream().map(this::dto).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One contact request of yours")
  @APIResponse(
      responseCode = "200",
      description = "The request",
      content = @Content(schema = @Schema(implementation = ContactDtos.ContactDto.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such request of yours",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ContactDtos.ContactDto one(@PathParam("id") String id) {
    return dto(run(() -> contacts.one(caller(), id)));
  }

  @POST
  @Path("{id}/accept")
  @Operation(
      summary = "Accept a request of the other side",
      description =
          "A job seeker sends {\"channel\": \"EMAIL\" | \"PHONE\" | \"COUNSELLOR\", \"detail\":"
              + " …}; an employer accepting an interest sends no body.")
  @APIResponse(
      responseCode = "200",
      description = "Accepted",
      content = @Content(schema = @Schema(implementation = ContactDtos.ContactDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "channel or detail missing or wrong",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(responseCode = "403", description = "You sent this request")
  @APIResponse(
      responseCode = "404",
      description = "No such request of yours",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Already answered or withdrawn",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ContactDtos.ContactDto accept(@PathParam("id") String id, String raw) {
    // The body is optional (an employer sends none), so it is read as text: a typed entity
    // parameter without a body and without a content type would be refused before we see it.
    ContactDtos.AcceptDto body =
        raw == null || raw.isBlank() ? null : JSONB.fromJson(raw, ContactDtos.AcceptDto.class);
    if (body != null) {
      bodies.require(body);
    }
    ContactChannel channel = body == null ? null : channel(body.channel(), false);
    String detail = body == null ? null : body.detail();
    return dto(run(() -> contacts.accept(caller(), id, channel, detail)));
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline a request of the other side")
  @APIResponse(
      responseCode = "200",
      description = "Declined",
      content = @Content(schema = @Schema(implementation = ContactDtos.ContactDto.class)))
  @APIResponse(responseCode = "403", description = "You sent this request")
  @APIResponse(
      responseCode = "404",
      description = "No such request of yours",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Already answered or withdrawn",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ContactDtos.ContactDto decline(@PathParam("id") String id) {
    return dto(run(() -> contacts.decline(caller(), id)));
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(
      summary = "Withdraw a pending or accepted request (job seeker)",
      description = "The employer stops seeing your name and contact details at once.")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn",
      content = @Content(schema = @Schema(implementation = ContactDtos.ContactDto.class)))
  @APIResponse(responseCode = "403", description = "Only the job seeker withdraws")
  @APIResponse(
      responseCode = "404",
      description = "No such request of yours",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Already withdrawn or declined",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ContactDtos.ContactDto withdraw(@PathParam("id") String id) {
    return dto(run(() -> contacts.withdraw(caller(), id)));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Response created(ContactView view) {
    return Response.created(URI.create("/api/v1/contacts/" + view.id())).entity(dto(view)).build();
  }

  private <T> T run(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (ContactConflict e) {
      throw new ProblemException(
          ProblemType.INVALID_STATE,
          MessageTexts.format(locale(), "contact.conflict." + e.reason()));
    } catch (NotYourSide e) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, MessageTexts.format(locale(), "contact.notYourSide"));
    }
  }

  private static void requireBody(Object body) {
    if (body == null) {
      throw new ProblemException(ProblemType.VALIDATION, "A JSON body is required.");
    }
  }

  private static ContactChannel channel(String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw ValidationFailure.of("channel", "validation.required");
      }
      return null;
    }
    try {
      return ContactChannel.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationFailure.of("channel", "contact.validation.channel");
    }
  }

  private ContactDtos.ContactDto dto(ContactView v) {
    return new ContactDtos.ContactDto(
        v.id(),
        v.openingId(),
        v.openingTitle(),
        v.organisationName(),
        v.handle(),
        v.initiator().name(),
        v.state().name(),
        v.message(),
        v.createdAt().toString(),
        v.answeredAt() == null ? null : v.answeredAt().toString(),
        v.withdrawnAt() == null ? null : v.withdrawnAt().toString(),
        v.disclosure().name(),
        v.answerable(),
        v.withdrawable(),
        v.card() == null
            ? null
            : cards
                .page(
                    new MatchingService.Result(List.of(RankedMatch.of(v.card())), 1, null),
                    1,
                    0,
                    locale())
                .items()
                .get(0),
        v.contact() == null
            ? null
            : new ContactDtos.SharedContactDto(
                v.contact().name(),
                v.contact().channel().name(),
                v.contact().email(),
                v.contact().detail()));
  }

  private long caller() {
    return Long.parseLong(security.getUserPrincipal().getName());
  }

  private Locale locale() {
    return headers.getAcceptableLanguages().isEmpty()
        ? MessageTexts.DEFAULT_LOCALE
        : MessageTexts.supportedOrDefault(headers.getAcceptableLanguages().get(0));
  }
}
