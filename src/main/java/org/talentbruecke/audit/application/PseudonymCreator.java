package org.talentbruecke.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import org.talentbruecke.audit.domain.AuditPerson;
import org.talentbruecke.audit.domain.AuditRepository;

/**
 * Creates a person's pseudonym in a transaction of its own, committed at once: two requests about
 * the same person at the same moment then cannot make the caller's transaction fail on the unique
 * account column (the loser reads the winner's pseudonym, see {@link AuditPseudonyms}).
 */
@ApplicationScoped
public class PseudonymCreator {
  // Crockford's base 32: no I, L, O, U, so a pseudonym read aloud is not misheard.
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private AuditRepository repository;

  /** For CDI. */
  protected PseudonymCreator() {}

  /** For tests without a container. */
  PseudonymCreator(AuditRepository repository) {
    this.repository = repository;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String create(long accountId) {
    String pseudonym = next();
    repository.addPerson(new AuditPerson(pseudonym, accountId));
    return pseudonym;
  }

  /** "P-" and ten random characters (50 bits): not derived from the account, so not reversible. */
  static String next() {
    StringBuilder out = new StringBuilder("P-");
    for (int i = 0; i < 10; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
