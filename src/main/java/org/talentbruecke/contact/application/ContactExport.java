package org.talentbruecke.contact.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.talentbruecke.contact.domain.ContactRequest;
import org.talentbruecke.contact.domain.ContactRequestRepository;
import org.talentbruecke.profile.application.ExportContribution;

/**
 * The job seeker's contact requests in their data export ({@code otherRecords.contactRequests}).
 */
@ApplicationScoped
public class ContactExport implements ExportContribution {
  @Inject private ContactRequestRepository requests;
  @Inject private ContactOpenings openings;

  /** One request as the export holds it: everything stored about it. */
  public record ExportedRequest(
      String id,
      long openingId,
      String openingTitle,
      String organisation,
      String startedBy,
      String message,
      String state,
      String createdAt,
      String answeredAt,
      String withdrawnAt,
      String sharedChannel,
      String sharedDetail) {}

  @Override
  public String section() {
    return "contactRequests";
  }

  @Override
  @Transactional
  public List<ExportedRequest> of(long accountId, Locale language) {
    return requests.findBySeeker(accountId).stream().map(this::exported).toList();
  }

  private ExportedRequest exported(ContactRequest r) {
    ContactOpenings.OpeningFacts opening = openings.find(r.getOpeningId()).orElse(null);
    return new ExportedRequest(
        r.getPublicId(),
        r.getOpeningId(),
        opening == null ? null : opening.title(),
        opening == null ? null : opening.organisationName(),
        r.getInitiator().name(),
        r.getMessage(),
        r.getState().name(),
        r.getCreatedAt().toString(),
        r.getAnsweredAt() == null ? null : r.getAnsweredAt().toString(),
        r.getWithdrawnAt() == null ? null : r.getWithdrawnAt().toString(),
        r.getSharedChannel() == null ? null : r.getSharedChannel().name(),
        r.getSharedDetail());
  }
}
