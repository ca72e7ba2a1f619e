package org.talentbruecke.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.talentbruecke.audit.domain.AuditRepository;

/**
 * The pseudonym under which audit entries name a person: made on the first entry about them, kept
 * until their account is erased. Remembered in memory, since most entries are about people seen a
 * moment before.
 */
@ApplicationScoped
public class AuditPseudonyms {
  private static final int MAX_REMEMBERED = 50_000;

  @Inject private AuditRepository repository;
  @Inject private PseudonymCreator creator;

  private final Map<Long, String> remembered = new ConcurrentHashMap<>();

  /** For CDI. */
  protected AuditPseudonyms() {}

  /** For tests without a container. */
  AuditPseudonyms(AuditRepository repository, PseudonymCreator creator) {
    this.repository = repository;
    this.creator = creator;
  }

  /** The account's pseudonym, made now if it has none. */
  public String of(long accountId) {
    String known = remembered.get(accountId);
    if (known != null) {
      return known;
    }
    String pseudonym =
        repository.pseudonymOf(accountId).orElseGet(() -> createOrReadWinner(accountId));
    remember(accountId, pseudonym);
    return pseudonym;
  }

  /** The account's pseudonym if it has one; never makes one. */
  public Optional<String> existing(long accountId) {
    String known = remembered.get(accountId);
    return known != null ? Optional.of(known) : repository.pseudonymOf(accountId);
  }

  /** Forgets which account the pseudonym stood for (erasure, in the erasure's transaction). */
  public void forget(long accountId) {
    repository.forgetPerson(accountId);
    remembered.remove(accountId);
  }

  private String createOrReadWinner(long accountId) {
    try {
      return creator.create(accountId);
    } catch (RuntimeException lostTheRace) {
      // Another request made it a moment before (unique account column), or the random pseudonym
      // clashed (one in 10^15): read what is there, else try once more.
      return repository.pseudonymOf(accountId).orElseGet(() -> creator.create(accountId));
    }
  }

  private void remember(long accountId, String pseudonym) {
    if (remembered.size() > MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(accountId, pseudonym);
  }
}
