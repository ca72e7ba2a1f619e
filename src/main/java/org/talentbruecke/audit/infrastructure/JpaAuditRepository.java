package org.talentbruecke.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.audit.domain.AuditEntry;
import org.talentbruecke.audit.domain.AuditFilter;
import org.talentbruecke.audit.domain.AuditPerson;
import org.talentbruecke.audit.domain.AuditRepository;
import org.talentbruecke.audit.domain.AuditSort;
import org.talentbruecke.shared.application.AuditTypes;

/**
 * The audit trail in the relational database, through JPA. There is deliberately no method that
 * updates or deletes an {@link AuditEntry}.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {
  // IN lists are split so that no statement carries more parameters than a database likes.
  private static final int CHUNK = 200;

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> find(AuditFilter filter, AuditSort sort, int limit, int offset) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String jpql = "SELECT e FROM AuditEntry e" + where(filter, parameters) + orderBy(sort);
    TypedQuery<AuditEntry> query = em.createQuery(jpql, AuditEntry.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(AuditFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where(filter, parameters), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(AuditFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (filter.from() != null) {
      conditions.add("e.occurredAt >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      conditions.add("e.occurredAt < :to");
      parameters.put("to", filter.to());
    }
    if (filter.actor() != null) {
      conditions.add("e.actor = :actor");
      parameters.put("actor", filter.actor());
    }
    if (filter.type() != null) {
      conditions.add("e.entryType = :type");
      parameters.put("type", filter.type());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static String orderBy(AuditSort sort) {
    return switch (sort == null ? AuditSort.NEWEST_FIRST : sort) {
      case NEWEST_FIRST -> " ORDER BY e.occurredAt DESC, e.id DESC";
      case OLDEST_FIRST -> " ORDER BY e.occurredAt ASC, e.id ASC";
      case TYPE -> " ORDER BY e.entryType ASC, e.occurredAt DESC, e.id DESC";
      case ACTOR_ROLE -> " ORDER BY e.actorRole ASC, e.occurredAt DESC, e.id DESC";
    };
  }

  @Override
  public List<AuditEntry> involving(String pseudonym) {
    return em.createQuery(
            "SELECT e FROM AuditEntry e WHERE e.actor = :p OR e.subject = :p"
                + " ORDER BY e.occurredAt ASC, e.id ASC",
            AuditEntry.class)
        .setParameter("p", pseudonym)
        .getResultList();
  }

  @Override
  public List<AuditEntry> viewsOf(String pseudonym) {
    return em.createQuery(
            "SELECT e FROM AuditEntry e WHERE e.subject = :p AND e.entryType = :type"
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEntry.class)
        .setParameter("p", pseudonym)
        .setParameter("type", AuditTypes.PROFILE_VIEWED)
        .getResultList();
  }

  @Override
  public Set<String> existingDayKeys(Collection<String> dayKeys) {
    Set<String> found = new HashSet<>();
    for (List<String> chunk : chunks(dayKeys)) {
      found.addAll(
          em.createQuery("SELECT e.dayKey FROM AuditEntry e WHERE e.dayKey IN :keys", String.class)
              .setParameter("keys", chunk)
              .getResultList());
    }
    return found;
  }

  @Override
  public Optional<String> pseudonymOf(long accountId) {
    return em.createQuery(
            "SELECT p.pseudonym FROM AuditPerson p WHERE p.accountId = :id", String.class)
        .setParameter("id", accountId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<String, Long> accountsOf(Collection<String> pseudonyms) {
    Map<String, Long> out = new HashMap<>();
    for (List<String> chunk : chunks(pseudonyms)) {
      for (AuditPerson p :
          em.createQuery("SELECT p FROM AuditPerson p WHERE p.pseudonym IN :ps", AuditPerson.class)
              .setParameter("ps", chunk)
              .getResultList()) {
        out.put(p.getPseudonym(), p.getAccountId());
      }
    }
    return out;
  }

  @Override
  public void addPerson(AuditPerson person) {
    em.persist(person);
    em.flush();
  }

  @Override
  public void forgetPerson(long accountId) {
    em.createQuery("DELETE FROM AuditPerson p WHERE p.accountId = :id")
        .setParameter("id", accountId)
        .executeUpdate();
  }

  private static <T> List<List<T>> chunks(Collection<T> all) {
    List<T> list = new ArrayList<>(new java.util.LinkedHashSet<>(all));
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += CHUNK) {
      out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
    }
    return out;
  }
}
