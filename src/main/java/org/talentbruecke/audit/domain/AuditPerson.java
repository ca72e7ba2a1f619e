package org.talentbruecke.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * Links the pseudonym under which audit entries name a person to their account. Deleted when the
 * account is erased; the entries then keep only the pseudonym, which nothing resolves any more.
 */
@Entity
@Table(name = "AUDIT_PERSON")
public class AuditPerson {
  @Id
  @Column(name = "PSEUDONYM", length = 20)
  private String pseudonym;

  @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
  private long accountId;

  protected AuditPerson() {}

  public AuditPerson(String pseudonym, long accountId) {
    this.pseudonym = Objects.requireNonNull(pseudonym);
    this.accountId = accountId;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public long getAccountId() {
    return accountId;
  }
}
