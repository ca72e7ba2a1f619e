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

/** Registers organisations and lets staff verify them. */
@ApplicationScoped
public class OrganisationService {
  @Inject private OrganisationRepository organisations;
  @Inject private Clock clock;

  /** Registers a new, unverified organisation and returns its id. */
  @Transactional
  public long register(String name) {
    return organisations.store(new Organisation(name, clock.instant())).getId();
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

  /** Marks the organisation verified; returns false if there is no such organisation. */
  @Transactional
  public boolean verify(long organisationId, long staffAccountId) {
    Optional<Organisation> organisation = organisations.find(organisationId);
    organisation.ifPresent(o -> o.verify(staffAccountId, clock.instant()));
    return organisation.isPresent();
  }
}
