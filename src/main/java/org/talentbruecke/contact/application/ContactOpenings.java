package org.talentbruecke.contact.application;

import java.util.Optional;

/** What contact needs to know about an opening and its organisation (the opening context's). */
public interface ContactOpenings {
  /**
   * @param open published and not expired: only then can a contact be asked for or shown
   * @param organisationVerified staff verified the organisation (only verified employers see
   *     candidates)
   */
  record OpeningFacts(
      long id,
      long organisationId,
      String title,
      String organisationName,
      boolean open,
      boolean organisationVerified) {}

  /** The opening whatever its state; empty when there is none. */
  Optional<OpeningFacts> find(long openingId);
}
