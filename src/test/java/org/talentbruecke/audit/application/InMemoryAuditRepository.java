package org.talentbruecke.audit.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentbruecke.audit.domain.AuditEntry;
import org.talentbruecke.audit.domain.AuditFilter;
import org.talentbruecke.audit.domain.AuditPerson;
import org.talentbruecke.audit.domain.AuditRepository;
import org.talentbruecke.audit.domain.AuditSort;
import org.talentbruecke.shared.application.AuditTypes;

/** The audit repository in memory, for tests without a database. */
class InMemoryAuditRepository implements AuditRepository {
  final List<AuditEntry> entries = new ArrayList<>();
  final Map<String, Long> people = new HashMap<>();

  @Override
  public void add(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public List<AuditEntry> find(AuditFilter filter, AuditSort sort, int limit, int offset) {
    return matching(filter).stream().skip(offset).limit(limit).toList();
  }

  @Override
  public long count(AuditFilter filter) {
    return matching(filter).size();
  }

  private List<AuditEntry> matching(AuditFilter f) {
    List<AuditEntry> out =
        entries.stream()
            .filter(e -> f.from() == null || !e.getOccurredAt().isBefore(f.from()))
            .filter(e -> f.to() == null || e.getOccurredAt().isBefore(f.to()))
            .filter(e -> f.actor() == null || f.actor().equals(e.getActor()))
            .filter(e -> f.type() == null || f.type().equals(e.getType()))
            .collect(Collectors.toCollection(ArrayList::new));
    out.sort(Comparator.comparing(AuditEntry::getOccurredAt).reversed());
    return out;
  }

  @Override
  public List<AuditEntry> involving(String pseudonym) {
    return entries.stream()
        .filter(e -> pseudonym.equals(e.getActor()) || pseudonym.equals(e.getSubject()))
        .toList();
  }

  @Override
  public List<AuditEntry> viewsOf(String pseudonym) {
    return entries.stream()
        .filter(e -> pseudonym.equals(e.getSubject()))
        .filter(e -> AuditTypes.PROFILE_VIEWED.equals(e.getType()))
        .toList();
  }

  @Override
  public Set<String> existingDayKeys(Collection<String> dayKeys) {
    return entries.stream()
        .map(AuditEntry::getDayKey)
        .filter(dayKeys::contains)
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<String> pseudonymOf(long accountId) {
    return people.entrySet().stream()
        .filter(e -> e.getValue() == accountId)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  @Override
  public Map<String, Long> accountsOf(Collection<String> pseudonyms) {
    Map<String, Long> out = new HashMap<>();
    pseudonyms.forEach(
        p -> {
          if (people.containsKey(p)) {
            out.put(p, people.get(p));
          }
        });
    return out;
  }

  @Override
  public void addPerson(AuditPerson person) {
    if (pseudonymOf(person.getAccountId()).isPresent()) {
      throw new IllegalStateException("unique account");
    }
    people.put(person.getPseudonym(), person.getAccountId());
  }

  @Override
  public void forgetPerson(long accountId) {
    people.values().removeIf(id -> id == accountId);
  }
}
