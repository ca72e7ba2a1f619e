package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.talentbruecke.opening.domain.AcknowledgedFinding;
import org.talentbruecke.opening.domain.AcknowledgedFindingRepository;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningRepository;
import org.talentbruecke.opening.domain.adcheck.Finding;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.NotFound;

/**
 * Drafts and publishes openings for the caller's organisation. Every method takes the caller's
 * organisation id and treats another organisation's opening as not found.
 */
@ApplicationScoped
public class OpeningService {
  @Inject private OpeningRepository openings;
  @Inject private OrganisationService organisations;
  @Inject private AdCheckService adCheck;
  @Inject private AcknowledgedFindingRepository acknowledged;
  @Inject private Clock clock;

  @Transactional
  public Opening createDraft(long organisationId, String title, String description) {
    checkText(title, description);
    return openings.store(new Opening(organisationId, title.trim(), description, clock.instant()));
  }

  /** Changes a draft's title and description. */
  @Transactional
  public Opening revise(long organisationId, long openingId, String title, String description) {
    Opening opening = get(organisationId, openingId);
    checkText(title, description);
    opening.revise(title.trim(), description);
    return opening;
  }

  public Opening get(long organisationId, long openingId) {
    return openings.find(openingId).filter(o -> o.belongsTo(organisationId)).orElseThrow(() -> new NotFound("Opening"));
  }

  public List<Opening> ofOrganisation(long organisationId) {
    return openings.findByOrganisation(organisationId);
  }

  /** The fair job-ad findings of one of the organisation's openings, explained in {@code ui}. */
  public List<Finding> findings(long organisationId, long openingId, Locale ui) {
    return findings(get(organisationId, openingId), ui);
  }

  /**
   * Publishes a draft; only a verified organisation may. If the fair job-ad check has findings,
   * publishing stops with {@link AdCheckFindingsPending} unless the employer acknowledged them, in
   * which case each finding is recorded with who published it anyway and when.
   */
  @Transactional
  public Opening publish(long organisationId, long openingId, long accountId, boolean acknowledgeFindings, Locale ui) {
    Opening opening = get(organisationId, openingId);
    if (!organisations.isVerified(organisationId)) {
      throw new OrganisationNotVerified();
    }
    // A second publish is a state conflict, whatever the text says.
    opening.requireDraft("Only drafts can be published.");
    List<Finding> findings = findings(opening, ui);
    if (!findings.isEmpty() && !acknowledgeFindings) {
      throw new AdCheckFindingsPending(findings);
    }
    Instant now = clock.instant();
    opening.publish(now);
    for (Finding f : findings) {
      acknowledged.store(new AcknowledgedFinding(opening.getId(), f.ruleId(), f.phrase(), now, accountId));
    }
    return opening;
  }

  public List<AcknowledgedFinding> acknowledgedFindings(long organisationId, long openingId) {
    return acknowledged.findByOpening(get(organisationId, openingId).getId());
  }

  private List<Finding> findings(Opening opening, Locale ui) {
    // Openings have no language of their own yet, so every rule set applies.
    return adCheck.check(opening.getTitle(), opening.getDescription(), null, ui);
  }

  private static void checkText(String title, String description) {
    FieldChecks checks = new FieldChecks().text("title", title, Opening.MAX_TITLE);
    if (description != null && description.length() > Opening.MAX_DESCRIPTION) {
      checks.add("description", "validation.tooLong", Opening.MAX_DESCRIPTION);
    }
    checks.throwIfAny();
  }
}
