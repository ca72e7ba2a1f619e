package org.talentbruecke.opening.domain;

import java.util.List;

/** Keeps every verification step; there is no update and no delete. */
public interface VerificationRecordRepository {
  void add(VerificationRecord record);

  /** The organisation's steps, newest first. */
  List<VerificationRecord> ofOrganisation(long organisationId);
}
