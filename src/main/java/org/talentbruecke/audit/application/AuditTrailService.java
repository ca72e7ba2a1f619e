package org.talentbruecke.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.talentbruecke.audit.domain.AuditEntry;
import org.talentbruecke.audit.domain.AuditRepository;
import org.talentbruecke.shared.application.AuditEvent;
import org.talentbruecke.shared.application.AuditTrail;
import org.talentbruecke.shared.application.AuditTypes;

/**
 * The audit trail behind the shared {@link AuditTrail} port: turns account ids into pseudonyms,
 * notes the actor's role and organisation, and appends the entry.
 */
@ApplicationScoped
public class AuditTrailService implements AuditTrail {
  /** Profile views are counted per day in the region's time zone. */
  static final ZoneId REGION = ZoneId.of("Europe/Berlin");

  private static final Logger LOG = Logger.getLogger(AuditTrailService.class.getName());

  @Inject private AuditRepository repository;
  @Inject private AuditPseudonyms pseudonyms;
  @Inject private Actors actors;
  @Inject private OrganisationNames organisations;
  @Inject private Clock clock;

  /** For CDI. */
  protected AuditTrailService() {}

  /** For tests without a container. */
  AuditTrailService(
      AuditRepository repository,
      AuditPseudonyms pseudonyms,
      Actors actors,
      OrganisationNames organisations,
      Clock clock) {
    this.repository = repository;
    this.pseudonyms = pseudonyms;
    this.actors = actors;
    this.organisations = organisations;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void record(AuditEvent event) {
    repository.add(
        new AuditEntry(
            clock.instant(),
            actor(event.actorAccountId()),
            event.subjectAccountId() == null ? null : pseudonyms.of(event.subjectAccountId()),
            new AuditEntry.What(
                event.type(),
                event.entity(),
                event.entityId(),
                event.field(),
                event.oldValue(),
                event.newValue(),
                event.details()),
            null));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordViews(long viewerAccountId, Collection<Long> viewedAccountIds, String where) {
    try {
      addViews(viewerAccountId, viewedAccountIds, where);
    } catch (RuntimeException e) {
      // A page that shows profiles must not fail because its views could not be noted.
      LOG.log(Level.WARNING, "Could not record profile views", e);
    }
  }

  private void addViews(long viewerAccountId, Collection<Long> viewedAccountIds, String where) {
    AuditEntry.Actor viewer = actor(viewerAccountId);
    String per = viewerKey(viewer);
    if (per == null) {
      return; // job seekers and unknown callers see no one else's profile
    }
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, REGION);
    Map<String, String> subjectByKey = new LinkedHashMap<>();
    for (Long viewed : new LinkedHashSet<>(viewedAccountIds)) {
      if (viewed != null && viewed != viewerAccountId) {
        String subject = pseudonyms.of(viewed);
        subjectByKey.put(dayKey(per, subject, day), subject);
      }
    }
    if (subjectByKey.isEmpty()) {
      return;
    }
    Set<String> taken = repository.existingDayKeys(subjectByKey.keySet());
    subjectByKey.forEach(
        (key, subject) -> {
          if (!taken.contains(key)) {
            repository.add(
                new AuditEntry(
                    now,
                    viewer,
                    subject,
                    new AuditEntry.What(
                        AuditTypes.PROFILE_VIEWED, "PROFILE", null, null, null, null, where),
                    key));
          }
        });
  }

  /** Employers count per organisation, staff per person; nobody else views others' profiles. */
  static String viewerKey(AuditEntry.Actor viewer) {
    if ("EMPLOYER".equals(viewer.role()) && viewer.organisationId() != null) {
      return "O" + viewer.organisationId();
    }
    if (("STAFF".equals(viewer.role()) || "ADMIN".equals(viewer.role()))
        && viewer.pseudonym() != null) {
      return "S" + viewer.pseudonym();
    }
    return null;
  }

  static String dayKey(String viewer, String subject, LocalDate day) {
    return "V|" + viewer + "|" + subject + "|" + day;
  }

  @Override
  @Transactional
  public List<Entry> about(long accountId) {
    Optional<String> pseudonym = pseudonyms.existing(accountId);
    if (pseudonym.isEmpty()) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (AuditEntry e : repository.involving(pseudonym.get())) {
      out.add(
          new Entry(
              e.getOccurredAt(),
              e.getType(),
              e.getActorRole(),
              pseudonym.get().equals(e.getActor()),
              e.getEntity(),
              e.getField(),
              e.getOldValue(),
              e.getNewValue(),
              e.getDetails()));
    }
    return out;
  }

  @Override
  @Transactional
  public List<ProfileView> viewsOf(long accountId) {
    Optional<String> pseudonym = pseudonyms.existing(accountId);
    if (pseudonym.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names = new HashMap<>();
    List<ProfileView> out = new ArrayList<>();
    for (AuditEntry e : repository.viewsOf(pseudonym.get())) {
      Long organisation = "EMPLOYER".equals(e.getActorRole()) ? e.getActorOrganisationId() : null;
      String name =
          organisation == null
              ? null
              : names.computeIfAbsent(
                  organisation, id -> organisations.nameOf(id).orElse("#" + id));
      out.add(new ProfileView(e.getOccurredAt(), organisation, name));
    }
    return out;
  }

  private AuditEntry.Actor actor(Long accountId) {
    if (accountId == null) {
      return AuditEntry.Actor.UNKNOWN;
    }
    Optional<Actors.Actor> known = actors.of(accountId);
    return new AuditEntry.Actor(
        pseudonyms.of(accountId),
        known.map(Actors.Actor::role).orElse("NONE"),
        known.map(Actors.Actor::organisationId).orElse(null));
  }
}
