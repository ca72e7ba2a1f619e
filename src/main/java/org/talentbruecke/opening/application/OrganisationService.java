package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.opening.domain.OrganisationNames;
import org.talentbruecke.opening.domain.OrganisationRepository;
import org.talentbruecke.opening.domain.Verification;
import org.talentbruecke.opening.domain.VerificationRecord;
import org.talentbruecke.opening.domain.VerificationRecordRepository;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.shared.application.FieldChecks;
import org.talentbruecke.shared.application.FieldError;
import org.talentbruecke.shared.application.NotFound;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.domain.VisibleText;

/**
 * Registers organisations and lets staff verify, reject or ask for details, keeping every step
 * (decision 044).
 */
@ApplicationScoped
public class OrganisationService {
  /** Longest organisation name. */
  public static final int MAX_NAME = 200;

  @Inject private OrganisationRepository organisations;
  @Inject private VerificationRecordRepository records;
  @Inject private Clock clock;
  @Inject private LanguageCatalog languages;
  @Inject private MunicipalityCatalog municipalities;
  @Inject private Event<VerificationDecided> decided;

  /** Registers a new, unverified organisation and returns its id; the name is normalised. */
  @Transactional
  public long register(String name) {
    return organisations
        .store(new Organisation(VisibleText.normalise(name), clock.instant()))
        .getId();
  }

  /** Whether an organisation of exactly this name exists (demo data use it to stay idempotent). */
  public boolean existsNamed(String name) {
    return organisations.existsNamed(name);
  }

  public Optional<Organisation> find(long id) {
    return organisations.find(id);
  }

  /** New, corrected, answered and changed organisations, and those waiting for an answer. */
  public List<Organisation> awaitingVerification() {
    return organisations.findByVerification(
        EnumSet.of(Verification.UNVERIFIED, Verification.RECHECK, Verification.DETAILS_REQUESTED));
  }

  /**
   * For each of {@code waiting}, the names of verified organisations (other than itself) whose
   * names look alike (see {@link OrganisationNames}); organisations without a look-alike are left
   * out.
   */
  public Map<Long, List<String>> lookAlikes(List<Organisation> waiting) {
    List<Organisation> verified =
        organisations
            .findByVerification(
                EnumSet.of(
                    Verification.VERIFIED, Verification.RECHECK, Verification.DETAILS_REQUESTED))
            .stream()
            .filter(Organisation::isVerified)
            .toList();
    Map<Long, List<String>> result = new HashMap<>();
    for (Organisation o : waiting) {
      List<String> similar =
          verified.stream()
              .filter(v -> !v.getId().equals(o.getId()))
              .map(Organisation::getName)
              .filter(n -> OrganisationNames.lookAlike(n, o.getName()))
              .distinct()
              .toList();
      if (!similar.isEmpty()) {
        result.put(o.getId(), similar);
      }
    }
    return result;
  }

  /** Every verification step of the organisation, newest first. */
  public List<VerificationRecord> history(long organisationId) {
    return records.ofOrganisation(organisationId);
  }

  /**
   * What the employer should read: the reason of a rejection or the open request for details; empty
   * when the organisation is in neither state.
   */
  public Optional<VerificationRecord> openNotice(long organisationId) {
    return organisations
        .find(organisationId)
        .filter(
            o ->
                o.getVerification() == Verification.REJECTED
                    || o.getVerification() == Verification.DETAILS_REQUESTED)
        .flatMap(
            o ->
                records.ofOrganisation(organisationId).stream()
                    .filter(r -> r.getStep().isByStaff())
                    .findFirst());
  }

  public boolean isVerified(Long organisationId) {
    return organisationId != null
        && organisations.find(organisationId).map(Organisation::isVerified).orElse(false);
  }

  /**
   * Replaces the organisation's profile; every field is checked first and nothing is stored when
   * one is wrong.
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure naming every broken field
   * @throws org.talentbruecke.shared.application.NotFound if there is no such organisation
   */
  @Transactional
  public Organisation describe(long organisationId, OrganisationProfileInput input) {
    return describe(organisationId, null, null, input);
  }

  /**
   * Replaces the organisation's name (unless {@code name} is null) and profile, as {@code
   * accountId} asked. Saving answers a request for details and sends a rejected organisation back
   * to staff; a changed name, legal form, address or register entry sends a verified one back to
   * staff (it stays verified until they decide). Every field is checked first.
   *
   * @throws org.talentbruecke.shared.application.ValidationFailure naming every broken field
   * @throws org.talentbruecke.shared.application.NotFound if there is no such organisation
   */
  @Transactional
  public Organisation describe(
      long organisationId, Long accountId, String name, OrganisationProfileInput input) {
    Organisation organisation =
        organisations.find(organisationId).orElseThrow(() -> new NotFound("Organisation"));
    String newName = name == null ? null : VisibleText.normalise(name);
    List<FieldError> errors = new ArrayList<>();
    if (newName != null) {
      try {
        new FieldChecks().text("name", newName, MAX_NAME).throwIfAny();
      } catch (ValidationFailure failure) {
        errors.addAll(failure.errors());
      }
    }
    OrganisationProfileChecks.Checked checked = null;
    try {
      checked = OrganisationProfileChecks.check(input, new Catalogues(languages, municipalities));
    } catch (ValidationFailure failure) {
      errors.addAll(failure.errors());
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailure(errors);
    }
    organisation
        .describe(
            newName,
            checked.profile(),
            checked.languages(),
            checked.countries(),
            accountId,
            clock.instant())
        .ifPresent(records::add);
    return organisation;
  }

  /** Marks the organisation verified; returns false if there is no such organisation. */
  @Transactional
  public boolean verify(long organisationId, long staffAccountId) {
    if (organisations.find(organisationId).isEmpty()) {
      return false;
    }
    decide(organisationId, staffAccountId, StaffDecision.VERIFY, null);
    return true;
  }

  /**
   * Staff verify, reject (with a reason) or ask for details (with a message); the step is kept in
   * the history and announced as {@link VerificationDecided}.
   *
   * @throws ValidationFailure on field "reason" when a rejection or request has no text or too much
   * @throws NotFound if there is no such organisation
   * @throws org.talentbruecke.opening.domain.InvalidVerificationStep when the step does not fit
   */
  @Transactional
  public VerificationRecord decide(
      long organisationId, long staffAccountId, StaffDecision decision, String text) {
    Organisation organisation =
        organisations.find(organisationId).orElseThrow(() -> new NotFound("Organisation"));
    String reason = text == null ? null : VisibleText.normalise(text);
    if (decision != StaffDecision.VERIFY) {
      new FieldChecks().text("reason", reason, VerificationRecord.MAX_TEXT).throwIfAny();
    }
    Instant now = clock.instant();
    VerificationRecord record =
        switch (decision) {
          case VERIFY -> organisation.verify(staffAccountId, now);
          case REJECT -> organisation.reject(staffAccountId, now, reason);
          case REQUEST_DETAILS -> organisation.requestDetails(staffAccountId, now, reason);
        };
    records.add(record);
    if (decided != null) { // null only in tests without a container
      decided.fire(
          new VerificationDecided(
              organisationId, staffAccountId, record.getStep().name(), record.getText(), now));
    }
    return record;
  }

  /**
   * The languages of its customers or export markets and the countries it trades with, as matching
   * reads them (plain codes, no entity); empty lists when there is no such organisation.
   */
  @Transactional
  public MarketsForMatching marketsForMatching(long organisationId) {
    return organisations
        .find(organisationId)
        .map(o -> new MarketsForMatching(o.getCustomerLanguages(), o.getTradeCountries()))
        .orElse(new MarketsForMatching(List.of(), List.of()));
  }
}
