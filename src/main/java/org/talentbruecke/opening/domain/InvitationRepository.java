package org.talentbruecke.opening.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds invitations. */
public interface InvitationRepository {
  Optional<Invitation> findByTokenHash(String tokenHash);

  List<Invitation> findByOrganisation(long organisationId);

  Invitation store(Invitation invitation);
}
