package org.talentbruecke.contact.domain;

import java.util.List;
import java.util.Optional;

/** Contact requests, found by their public id or by the side they belong to. */
public interface ContactRequestRepository {
  Optional<ContactRequest> findByPublicId(String publicId);

  List<ContactRequest> findBySeeker(long seekerAccountId);

  List<ContactRequest> findByOrganisation(long organisationId);

  List<ContactRequest> findByOpeningAndSeeker(long openingId, long seekerAccountId);

  ContactRequest store(ContactRequest request);

  void delete(ContactRequest request);

  /** Forgets an employer account that is gone from the requests it asked or answered. */
  void forgetEmployerAccount(long accountId);
}
