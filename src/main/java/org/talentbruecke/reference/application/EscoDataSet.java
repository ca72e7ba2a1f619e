package org.talentbruecke.reference.application;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.talentbruecke.reference.domain.BroaderRelation;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.OccupationSkillRelation;

/**
 * Everything read from one ESCO distribution, fully validated; it exists only if no error was
 * found, so a caller can hand it to a single database transaction knowing the files will not fail
 * half-way.
 */
public final class EscoDataSet {

  private final Map<String, EscoConcept> concepts;
  private final List<OccupationSkillRelation> occupationSkillRelations;
  private final List<BroaderRelation> broaderRelations;
  private final EscoImportCounts counts;
  private final List<EscoIssue> warnings;
  private final List<String> files;

  public EscoDataSet(
      Map<String, EscoConcept> concepts,
      List<OccupationSkillRelation> occupationSkillRelations,
      List<BroaderRelation> broaderRelations,
      EscoImportCounts counts,
      List<EscoIssue> warnings,
      List<String> files) {
    this.concepts = Collections.unmodifiableMap(concepts);
    this.occupationSkillRelations = List.copyOf(occupationSkillRelations);
    this.broaderRelations = List.copyOf(broaderRelations);
    this.counts = counts;
    this.warnings = List.copyOf(warnings);
    this.files = List.copyOf(files);
  }

  public Optional<EscoConcept> concept(String uri) {
    return Optional.ofNullable(concepts.get(uri));
  }

  /** All concepts in file order (the order of the first row seen for each URI). */
  public Collection<EscoConcept> concepts() {
    return concepts.values();
  }

  public Stream<EscoConcept> concepts(ConceptType type) {
    return concepts.values().stream().filter(c -> c.type() == type);
  }

  /** Relations whose occupation and skill are both among {@link #concepts()}. */
  public List<OccupationSkillRelation> occupationSkillRelations() {
    return occupationSkillRelations;
  }

  /** Hierarchy edges whose both ends are among {@link #concepts()}. */
  public List<BroaderRelation> broaderRelations() {
    return broaderRelations;
  }

  public EscoImportCounts counts() {
    return counts;
  }

  /**
   * Non-fatal findings (capped), e.g. duplicate rows or relations to unknown concepts that were
   * left out.
   */
  public List<EscoIssue> warnings() {
    return warnings;
  }

  /** Names of the files that were read, in reading order. */
  public List<String> files() {
    return files;
  }
}
