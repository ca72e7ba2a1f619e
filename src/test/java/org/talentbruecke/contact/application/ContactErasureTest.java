package org.talentbruecke.contact.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentbruecke.contact.domain.ContactRequest;
import org.talentbruecke.contact.domain.ContactRequestRepository;

/** Erasing a job seeker deletes their requests; erasing an employer's user only forgets them. */
class ContactErasureTest {
  private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void aJobSeekersRequestsGoAndAnEmployersUserIsForgotten() {
    List<ContactRequest> all = new ArrayList<>();
    all.add(ContactRequest.askedByEmployer(1, 50, 10, 100, "AAAA-BBBB", 5, "Hallo", AT));
    all.add(ContactRequest.askedByEmployer(2, 50, 11, 110, "CCCC-DDDD", 5, "Hallo", AT));
    ContactRequestRepository repository =
        new ContactRequestRepository() {
          @Override
          public Optional<ContactRequest> findByPublicId(String publicId) {
            return Optional.empty();
          }

          @Override
          public List<ContactRequest> findBySeeker(long seekerAccountId) {
            return all.stream().filter(r -> r.getSeekerAccountId() == seekerAccountId).toList();
          }

          @Override
          public List<ContactRequest> findByOrganisation(long organisationId) {
            return List.of();
          }

          @Override
          public List<ContactRequest> findByOpeningAndSeeker(long o, long s) {
            return List.of();
          }

          @Override
          public ContactRequest store(ContactRequest request) {
            return request;
          }

          @Override
          public void delete(ContactRequest request) {
            all.remove(request);
          }

          @Override
          public void forgetEmployerAccount(long accountId) {
            all.forEach(r -> r.forgetEmployerAccount(accountId));
          }
        };
    ContactErasure erasure = new ContactErasure(repository);
    assertThat(erasure.erase(10, "JOB_SEEKER")).isEqualTo(1);
    assertThat(all).extracting(ContactRequest::getSeekerAccountId).containsExactly(11L);
    assertThat(erasure.erase(5, "EMPLOYER")).isZero();
    assertThat(all.get(0).getRequestedBy()).isNull();
  }
}
