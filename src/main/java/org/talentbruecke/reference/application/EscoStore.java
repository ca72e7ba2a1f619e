package org.talentbruecke.reference.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;

/** Where ESCO concepts, labels, relations and the import log are kept. */
public interface EscoStore {

  /**
   * Writes a validated data set in one transaction: concepts and labels are inserted or updated by
   * URI, new relations are added and changed ones updated (nothing is ever deleted), and a log row
   * is added. Nothing is written if anything fails.
   */
  EscoWriteCounts write(EscoDataSet data, ImportLogDraft log, ImportProgress progress);

  /**
   * Records an import that was rejected or failed; the reference data itself is untouched.
   *
   * @param outcome {@link ImportLogEntry#REJECTED} or {@link ImportLogEntry#FAILED}
   */
  void logFailure(ImportLogDraft log, String outcome, String message);

  boolean isEmpty();

  ReferenceCounts counts();

  List<ImportLogEntry> recentImports(int limit);

  /** Concepts of the given types with their preferred, alternative and hidden labels. */
  List<EscoConcept> searchable(Set<ConceptType> types, List<String> languages);

  /** An occupation with its essential and optional skills, labels in {@code language}. */
  Optional<OccupationSkills> occupationSkills(String occupationUri, String language);

  /** What is known about an import before it is written: where it came from and when. */
  record ImportLogDraft(String source, String escoVersion, Instant startedAt) {}

  /** How many rows an import wrote. */
  record EscoWriteCounts(
      int conceptsInserted, int conceptsUpdated, int labelsWritten, int relationsWritten) {}
}
