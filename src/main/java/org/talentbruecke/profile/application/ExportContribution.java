package org.talentbruecke.profile.application;

import java.util.Locale;

/**
 * Records another context keeps about a job seeker (such as contact requests), added to their data
 * export under {@link #section()}. Those contexts implement it, since profile must not depend on
 * them (docs/architecture.md).
 */
public interface ExportContribution {
  /** The key in the export's {@code otherRecords}, e.g. {@code contactRequests}. */
  String section();

  /** What is kept about the account, ready for JSON (records, lists, strings). */
  Object of(long accountId, Locale language);
}
