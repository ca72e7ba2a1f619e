package org.talentbruecke.identity.domain;

import java.util.List;

/** Consent records of accounts. */
public interface ConsentRepository {
  Consent store(Consent consent);

  /** Every consent of the account, oldest first. */
  List<Consent> ofAccount(long accountId);

  /** Deletes every consent of the account (erasure). */
  void deleteAll(long accountId);
}
