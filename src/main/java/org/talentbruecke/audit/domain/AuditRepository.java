package org.talentbruecke.audit.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores and reads audit entries and pseudonyms. Entries can only be added, never changed or
 * removed; a pseudonym's link to its account can be removed (erasure).
 */
public interface AuditRepository {
  void add(AuditEntry entry);

  List<AuditEntry> find(AuditFilter filter, AuditSort sort, int limit, int offset);

  long count(AuditFilter filter);

  /** Entries whose actor or subject is the pseudonym, oldest first. */
  List<AuditEntry> involving(String pseudonym);

  /** Profile views of the pseudonym's holder, newest first. */
  List<AuditEntry> viewsOf(String pseudonym);

  /** Which of these day keys are taken already. */
  Set<String> existingDayKeys(Collection<String> dayKeys);

  Optional<String> pseudonymOf(long accountId);

  /** The accounts behind these pseudonyms (erased ones are missing). */
  Map<String, Long> accountsOf(Collection<String> pseudonyms);

  /** Links a new pseudonym to an account (in its own transaction, see the implementation). */
  void addPerson(AuditPerson person);

  /** Forgets which account a pseudonym stood for. */
  void forgetPerson(long accountId);
}
