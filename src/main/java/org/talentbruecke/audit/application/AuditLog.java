package org.talentbruecke.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.audit.domain.AuditEntry;
import org.talentbruecke.audit.domain.AuditFilter;
import org.talentbruecke.audit.domain.AuditRepository;
import org.talentbruecke.audit.domain.AuditSort;

/**
 * The audit trail as admins read it (page, API, CSV): filtered, sorted, a page at a time, with the
 * people behind the pseudonyms named where their accounts still exist. The caller must be an admin;
 * the page (web.xml) and the resource (roles) check it.
 */
@ApplicationScoped
public class AuditLog {
  /** The most rows one CSV download holds. */
  public static final int MAX_EXPORT = 100_000;

  @Inject private AuditRepository repository;
  @Inject private AuditPseudonyms pseudonyms;
  @Inject private Actors actors;
  @Inject private OrganisationNames organisations;

  /** For CDI. */
  protected AuditLog() {}

  /** For tests without a container. */
  AuditLog(
      AuditRepository repository,
      AuditPseudonyms pseudonyms,
      Actors actors,
      OrganisationNames organisations) {
    this.repository = repository;
    this.pseudonyms = pseudonyms;
    this.actors = actors;
    this.organisations = organisations;
  }

  /**
   * One entry as admins see it.
   *
   * @param actor the acting person ("name &lt;e-mail&gt;"), their pseudonym when the account was
   *     erased, null when unknown
   * @param subject the person the entry is about, likewise
   */
  public record Row(
      Long id,
      Instant at,
      String type,
      String actor,
      String actorPseudonym,
      String actorRole,
      String organisation,
      String subject,
      String subjectPseudonym,
      String entity,
      String entityId,
      String field,
      String oldValue,
      String newValue,
      String details)
      implements java.io.Serializable {}

  /** One page and how many entries match in all. */
  public record Page(List<Row> rows, long total) {}

  @Transactional
  public Page page(AuditQuery query, AuditSort sort, int limit, int offset) {
    Optional<AuditFilter> filter = filter(query);
    if (filter.isEmpty()) {
      return new Page(List.of(), 0);
    }
    List<AuditEntry> entries = repository.find(filter.get(), sort, limit, offset);
    return new Page(rows(entries), repository.count(filter.get()));
  }

  /** How many entries match. */
  @Transactional
  public long count(AuditQuery query) {
    return filter(query).map(repository::count).orElse(0L);
  }

  /** Every matching entry (at most {@link #MAX_EXPORT}), newest first, for the CSV download. */
  @Transactional
  public List<Row> all(AuditQuery query) {
    Optional<AuditFilter> filter = filter(query);
    if (filter.isEmpty()) {
      return List.of();
    }
    return rows(repository.find(filter.get(), AuditSort.NEWEST_FIRST, MAX_EXPORT, 0));
  }

  /** Empty when the actor asked for does not exist: nothing can match. */
  private Optional<AuditFilter> filter(AuditQuery query) {
    String actor = null;
    if (query.actor() != null) {
      Optional<String> pseudonym = pseudonymOfActor(query.actor());
      if (pseudonym.isEmpty()) {
        return Optional.empty();
      }
      actor = pseudonym.get();
    }
    return Optional.of(new AuditFilter(query.from(), query.to(), actor, query.type()));
  }

  private Optional<String> pseudonymOfActor(String actor) {
    if (actor.startsWith("P-")) {
      return Optional.of(actor);
    }
    if (actor.chars().allMatch(Character::isDigit) && actor.length() < 19) {
      return pseudonyms.existing(Long.parseLong(actor));
    }
    return actors.byEmail(actor).flatMap(pseudonyms::existing);
  }

  private List<Row> rows(List<AuditEntry> entries) {
    Set<String> people = new HashSet<>();
    for (AuditEntry e : entries) {
      if (e.getActor() != null) {
        people.add(e.getActor());
      }
      if (e.getSubject() != null) {
        people.add(e.getSubject());
      }
    }
    Map<String, Long> accounts = repository.accountsOf(people);
    Map<Long, String> described = new HashMap<>();
    Map<Long, String> organisationNames = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (AuditEntry e : entries) {
      Long organisation = e.getActorOrganisationId();
      rows.add(
          new Row(
              e.getId(),
              e.getOccurredAt(),
              e.getType(),
              person(e.getActor(), accounts, described),
              e.getActor(),
              e.getActorRole(),
              organisation == null
                  ? null
                  : organisationNames.computeIfAbsent(
                      organisation, id -> organisations.nameOf(id).orElse("#" + id)),
              person(e.getSubject(), accounts, described),
              e.getSubject(),
              e.getEntity(),
              e.getEntityId(),
              e.getField(),
              e.getOldValue(),
              e.getNewValue(),
              e.getDetails()));
    }
    return rows;
  }

  /** "name &lt;e-mail&gt;" while the account exists, else the pseudonym; null for nobody. */
  private String person(String pseudonym, Map<String, Long> accounts, Map<Long, String> described) {
    if (pseudonym == null) {
      return null;
    }
    Long account = accounts.get(pseudonym);
    if (account == null) {
      return pseudonym;
    }
    return described.computeIfAbsent(account, id -> actors.describe(id).orElse(pseudonym));
  }
}
