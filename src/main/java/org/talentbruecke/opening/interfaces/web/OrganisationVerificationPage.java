package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.talentbruecke.opening.application.EmployerAccounts;
import org.talentbruecke.opening.application.OrganisationService;
import org.talentbruecke.opening.application.RegisteredBy;
import org.talentbruecke.opening.domain.Organisation;

/**
 * Staff start page: organisations waiting for staff (new, corrected, answered, changed since
 * verification, or waiting for the employer's answer), with a warning where a name looks like a
 * verified organisation's and who registered each. The decision is taken on the review page.
 */
@Named
@RequestScoped
public class OrganisationVerificationPage {
  @Inject private OrganisationService organisations;
  @Inject private EmployerAccounts employers;

  /** One organisation in the queue. */
  public record Row(
      long id,
      String name,
      String verification,
      Instant registeredAt,
      String registeredBy,
      String registeredEmail,
      List<String> lookAlikes,
      List<String> missing) {}

  private List<Row> waiting;

  public List<Row> getWaiting() {
    if (waiting == null) {
      List<Organisation> queue = organisations.awaitingVerification();
      Map<Long, List<String>> similar = organisations.lookAlikes(queue);
      waiting =
          queue.stream()
              .map(
                  o -> {
                    RegisteredBy by = employers.registeredBy(o.getId()).orElse(null);
                    return new Row(
                        o.getId(),
                        o.getName(),
                        o.getVerification().name(),
                        o.getCreatedAt(),
                        by == null ? null : by.displayName(),
                        by == null ? null : by.email(),
                        similar.getOrDefault(o.getId(), List.of()),
                        o.missingDetails());
                  })
              .toList();
    }
    return waiting;
  }
}
