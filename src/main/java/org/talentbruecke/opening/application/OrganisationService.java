package org.talentbruecke.opening.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.opening.domain.Organisation;
import org.talentbruecke.opening.domain.OrganisationRepository;
import org.talentbruecke.opening.domain.Verification;
import org.talentbruecke.reference.application.LanguageCatalog;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.shared.application.NotFound;

/** Registers organisations and lets staff verify them. */
@ApplicationScoped
public class OrganisationService {
  @Inject private OrganisationRepository organisations;
  @Inject private Clock clock;
  @Inject private LanguageCatalog languages;
  @Inject private MunicipalityCatalog municipalities;

  /** Registers a new, unverified organisation and returns its id. */
  @Transactional
  public long register(String name) {
    return organisations.store(new Organisation(name, clock.instant())).getId();
  }

  /** Whether an organisation of exactly this name exists (demo data use it to stay idempotent). */
  public boolean existsNamed(String name) {
    return organisations.existsNamed(name);
  }

  public Optional<Organisation> find(long id) {
    return organisations.find(id);
  }

  public List<Organisation> awaitingVerification() {
    return organisations.findByVerification(Verification.UNVERIFIED);
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
    Organisation organisation =
        organisations.find(organisationId).orElseThrow(() -> new NotFound("Organisation"));
    var checked = OrganisationProfileChecks.check(input, new Catalogues(languages, municipalities));
    organisation.describe(checked.profile(), checked.languages(), checked.countries());
    return organisation;
  }

  /** Marks the organisation verified; returns false if there is no such organisation. */
  @Transactional
  public boolean verify(long organisationId, long staffAccountId) {
    Optional<Organisation> organisation = organisations.find(organisationId);
    organisation.ifPresent(o -> o.verify(staffAccountId, clock.instant()));
    return organisation.isPresent();
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
