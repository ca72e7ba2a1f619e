package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.talentbruecke.opening.domain.AcknowledgedFinding;
import org.talentbruecke.opening.domain.AcknowledgedFindingRepository;
import org.talentbruecke.opening.domain.ExpiryOutOfRange;
import org.talentbruecke.opening.domain.Opening;
import org.talentbruecke.opening.domain.OpeningFilter;
import org.talentbruecke.opening.domain.OpeningRepository;
import org.talentbruecke.opening.domain.OpeningResults;
import org.talentbruecke.opening.domain.OpeningSearch;
import org.talentbruecke.opening.domain.OpeningSort;
import org.talentbruecke.opening.domain.OpeningStatus;
import org.talentbruecke.opening.domain.OpeningVersion;
import org.talentbruecke.opening.domain.OpeningVersionRepository;
import org.talentbruecke.opening.domain.adcheck.Finding;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.application.Vocabulary;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;

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
  @Inject private Vocabulary vocabulary;
  @Inject private RegulationLookup regulation;
  @Inject private LanguageCatalog languages;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private Event<OpeningChanged> changed;
  @Inject private OpeningVersionRepository versions;

  /** The public list shows the newest this many; paging comes with the job seeker's search. */
  static final int PUBLIC_LIST_LIMIT = 200;

  // Start dates are calendar days in the region, whatever zone the server runs in.
  private static final ZoneId REGION = ZoneId.of("Europe/Berlin");

  @Transactional
  public Opening createDraft(long organisationId, String title, String description) {
    checkText(title, description);
    return openings.store(new Opening(organisationId, title.trim(), description, clock.instant()));
  }

  /** Changes a draft's title and description. */
  @Transactional
  public Opening revise(long organisationId, long openingId, String title, String description) {
    Opening opening = get(organisationId, openingId);
    // Published text changes only through edit(...), after the fair job-ad check.
    opening.requireDraft("Only drafts can be changed here.");
    checkText(title, description);
    opening.revise(title.trim(), description);
    return opening;
  }

  /** Creates a draft with all its details; nothing is stored unless every field is valid. */
  @Transactional
  public Opening createDraft(long organisationId, OpeningInput input) {
    var checked = check(input);
    Opening opening =
        new Opening(organisationId, input.title().trim(), input.description(), clock.instant());
    opening.revise(checked.details());
    opening.revise(checked.requirements());
    return openings.store(opening);
  }

  /** Replaces a draft's text and details; checks every field before changing any. */
  @Transactional
  public Opening update(long organisationId, long openingId, OpeningInput input) {
    Opening opening = get(organisationId, openingId);
    opening.requireDraft("Only drafts can be changed.");
    var checked = check(input);
    opening.revise(input.title().trim(), input.description());
    opening.revise(checked.details());
    opening.revise(checked.requirements());
    changed(opening);
    return opening;
  }

  /**
   * Changes a draft as {@link #update} does, or corrects a published opening: every field is
   * checked, then the fair job-ad check runs on the new title and text. With findings nothing
   * changes and {@link AdCheckFindingsPending} is thrown unless the employer acknowledged them
   * (then each is recorded). Only then is the version online until now kept as an {@link
   * OpeningVersion} and the change goes live in the same transaction: job seekers see the old
   * version until the new one is committed. Closed openings cannot be changed.
   */
  @Transactional
  public Opening edit(
      long organisationId,
      long openingId,
      OpeningInput input,
      long accountId,
      boolean acknowledgeFindings,
      Locale ui) {
    Opening opening = get(organisationId, openingId);
    if (opening.getStatus() == OpeningStatus.DRAFT) {
      return update(organisationId, openingId, input);
    }
    opening.requireEditable("Closed openings cannot be changed.");
    var checked = check(input);
    String title = input.title().trim();
    List<Finding> findings = adCheck.check(title, input.description(), null, ui);
    if (!findings.isEmpty() && !acknowledgeFindings) {
      throw new AdCheckFindingsPending(findings);
    }
    Instant now = clock.instant();
    List<OpeningVersion> earlier = versions.findByOpening(opening.getId());
    Instant liveFrom =
        earlier.isEmpty() ? opening.getPublishedAt() : earlier.get(0).getReplacedAt();
    versions.store(
        new OpeningVersion(
            opening, earlier.size() + 1, OpeningTerms.json(opening), liveFrom, now, accountId));
    opening.revise(title, input.description());
    opening.revise(checked.details());
    opening.revise(checked.requirements());
    for (Finding f : findings) {
      acknowledged.store(
          new AcknowledgedFinding(opening.getId(), f.ruleId(), f.phrase(), now, accountId));
    }
    changed(opening);
    return opening;
  }

  /** The earlier versions of one of the organisation's openings, newest first. */
  public List<OpeningVersion> versions(long organisationId, long openingId) {
    return versions.findByOpening(get(organisationId, openingId).getId());
  }

  /**
   * Lets a published opening run until the end of {@code lastDay} in the region: after today and at
   * most {@link Opening#MAX_EXTENSION} ahead, else a field error on {@code lastDay}.
   */
  @Transactional
  public Opening extend(long organisationId, long openingId, LocalDate lastDay) {
    Opening opening = get(organisationId, openingId);
    try {
      opening.extendUntil(lastDay, today(), REGION);
    } catch (ExpiryOutOfRange e) {
      throw switch (e.reason()) {
        case MISSING -> ValidationFailure.of("lastDay", "validation.required");
        case NOT_IN_FUTURE -> ValidationFailure.of("lastDay", "opening.extend.notInFuture");
        case TOO_FAR ->
            ValidationFailure.of(
                "lastDay", "opening.extend.tooFar", Opening.MAX_EXTENSION.toDays());
      };
    }
    changed(opening);
    return opening;
  }

  /** The earliest last day an extension may choose today. */
  public LocalDate earliestLastDay() {
    return ExpiryOutOfRange.earliest(today());
  }

  /** The latest last day an extension may choose today. */
  public LocalDate latestLastDay() {
    return ExpiryOutOfRange.latest(today());
  }

  /** The last day a published opening is online, in the region; null when it has no end. */
  public static LocalDate lastDay(Opening opening) {
    return opening.getExpiresAt() == null
        ? null
        : LocalDate.ofInstant(opening.getExpiresAt().minusSeconds(1), REGION);
  }

  /**
   * A new draft copied from a closed opening (text, terms, requirements); the closed one stays
   * closed with its candidates and history.
   */
  @Transactional
  public Opening reopen(long organisationId, long openingId) {
    Opening copy = get(organisationId, openingId).reopenAsDraft(clock.instant());
    openings.store(copy);
    changed(copy);
    return copy;
  }

  /** Deletes a draft; published and closed openings are refused (InvalidOpeningState). */
  @Transactional
  public void delete(long organisationId, long openingId) {
    Opening opening = get(organisationId, openingId);
    opening.requireDeletable();
    openings.delete(opening);
    changed(opening);
  }

  /** The employer ends a published opening. */
  @Transactional
  public Opening close(long organisationId, long openingId, long accountId) {
    Opening opening = get(organisationId, openingId);
    opening.close(clock.instant(), accountId, null);
    changed(opening);
    return opening;
  }

  // Matching keeps published openings in memory; it re-reads this one after the commit.
  private void changed(Opening opening) {
    if (changed != null) { // null only in tests without a container
      changed.fire(new OpeningChanged(opening.getId()));
    }
  }

  /** Staff take a published opening of any organisation offline, saying why. */
  @Transactional
  public Opening unpublish(long openingId, long staffAccountId, String reason) {
    new FieldChecks().text("reason", reason, Opening.MAX_CLOSE_REASON).throwIfAny();
    Opening opening = openings.find(openingId).orElseThrow(() -> new NotFound("Opening"));
    opening.close(clock.instant(), staffAccountId, reason.trim());
    changed(opening);
    return opening;
  }

  /** What job seekers see: published, unexpired openings matching the filter. */
  public List<Opening> published(OpeningFilter filter) {
    return openings.findPublished(filter, clock.instant(), PUBLIC_LIST_LIMIT);
  }

  /**
   * One page of the public list. Filtering, keyword, order and paging happen in the database; only
   * "nearest" sorts the filtered openings in memory, because distance needs the municipalities'
   * coordinates. A page past the end is answered with the last page.
   */
  public OpeningResults search(OpeningSearch search) {
    Instant now = clock.instant();
    long total = openings.countPublished(search.filter(), search.keyword(), now);
    int lastPage = (int) Math.max(1, (total + search.pageSize() - 1) / search.pageSize());
    int page = Math.min(search.page(), lastPage);
    int offset = (page - 1) * search.pageSize();
    List<Opening> found;
    if (search.sort() == OpeningSort.NEAREST && search.near() != null) {
      List<Opening> all =
          openings.findPublished(
              search.filter(), search.keyword(), OpeningSort.NEWEST, now, 0, PUBLIC_LIST_LIMIT);
      found =
          all.stream()
              .sorted(Comparator.comparingDouble(o -> distanceKm(search.near(), o)))
              .skip(offset)
              .limit(search.pageSize())
              .toList();
    } else {
      found =
          openings.findPublished(
              search.filter(), search.keyword(), search.sort(), now, offset, search.pageSize());
    }
    return new OpeningResults(found, total, page, search.pageSize());
  }

  // Openings without a (known) place sort after every opening with one.
  private double distanceKm(String from, Opening opening) {
    String place = opening.getDetails().getMunicipality();
    return place != null && municipalities.isKnown(place)
        ? municipalities.distanceKm(from, place)
        : Double.MAX_VALUE;
  }

  /** ESCO URIs of the occupations job seekers can find openings in right now. */
  public List<String> publishedOccupations() {
    return openings.publishedOccupations(clock.instant());
  }

  /** A published, unexpired opening as job seekers see it; anything else is not found. */
  public Opening published(long openingId) {
    return openings
        .find(openingId)
        .filter(
            o ->
                o.getStatus() == org.talentbruecke.opening.domain.OpeningStatus.PUBLISHED
                    && !o.isExpired(clock.instant()))
        .orElseThrow(() -> new NotFound("Opening"));
  }

  public Opening get(long organisationId, long openingId) {
    return openings
        .find(openingId)
        .filter(o -> o.belongsTo(organisationId))
        .orElseThrow(() -> new NotFound("Opening"));
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
  public Opening publish(
      long organisationId, long openingId, long accountId, boolean acknowledgeFindings, Locale ui) {
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
      acknowledged.store(
          new AcknowledgedFinding(opening.getId(), f.ruleId(), f.phrase(), now, accountId));
    }
    changed(opening);
    return opening;
  }

  public List<AcknowledgedFinding> acknowledgedFindings(long organisationId, long openingId) {
    return acknowledged.findByOpening(get(organisationId, openingId).getId());
  }

  private List<Finding> findings(Opening opening, Locale ui) {
    // Openings have no language of their own yet, so every rule set applies.
    return adCheck.check(opening.getTitle(), opening.getDescription(), null, ui);
  }

  private OpeningInputChecks.Checked check(OpeningInput input) {
    return OpeningInputChecks.check(
        input,
        today(),
        vocabulary::exists,
        regulation::of,
        new Catalogues(languages, municipalities));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), REGION);
  }

  private static void checkText(String title, String description) {
    FieldChecks checks = new FieldChecks().text("title", title, Opening.MAX_TITLE);
    if (description != null && description.length() > Opening.MAX_DESCRIPTION) {
      checks.add("description", "validation.tooLong", Opening.MAX_DESCRIPTION);
    }
    checks.throwIfAny();
  }

  /** Any opening as matching reads it, whatever its status; empty when there is none. */
  @Transactional
  public java.util.Optional<OpeningForMatching> forMatching(long openingId) {
    return openings.find(openingId).map(this::forMatching);
  }

  /** Every published, unexpired opening as matching reads it. */
  @Transactional
  public List<OpeningForMatching> publishedForMatching() {
    return openings.findPublished(OpeningFilter.none(), clock.instant(), Integer.MAX_VALUE).stream()
        .map(this::forMatching)
        .toList();
  }

  private OpeningForMatching forMatching(Opening o) {
    org.talentbruecke.opening.domain.Requirements requirements = o.getRequirements();
    org.talentbruecke.opening.domain.OpeningRequirements basics = requirements.basics();
    org.talentbruecke.opening.domain.OpeningDetails details = o.getDetails();
    java.util.Map<String, org.talentbruecke.reference.domain.language.CefrLevel> wanted =
        new java.util.LinkedHashMap<>();
    requirements.languages().forEach(l -> wanted.put(l.getLanguageCode(), l.getLevel()));
    boolean published =
        o.getStatus() == org.talentbruecke.opening.domain.OpeningStatus.PUBLISHED
            && !o.isExpired(clock.instant());
    return new OpeningForMatching(
        o.getId(),
        o.getOrganisationId(),
        o.getStatus().name(),
        published,
        basics.getOccupationUri(),
        requirements.mustHave(),
        requirements.niceToHave(),
        details == null ? null : details.getGerman(),
        wanted,
        basics.getMinExperienceYears() == null ? 0 : basics.getMinExperienceYears(),
        basics.getQualificationEqf() == null ? 0 : basics.getQualificationEqf(),
        basics.getRecognition()
            == org.talentbruecke.opening.domain.RecognitionRequirement.FULL_REQUIRED,
        details == null ? null : details.getMunicipality(),
        details == null ? null : details.getHours(),
        details == null ? null : details.getStartDate(),
        regulation.of(basics.getOccupationUri()));
  }
}
