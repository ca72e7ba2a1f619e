package org.talentbruecke.reference.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.talentbruecke.reference.domain.BroaderRelation;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.OccupationSkillRelation;
import org.talentbruecke.reference.domain.RelationType;

/**
 * Gathers streamed records into an {@link EscoDataSet}: merges languages, removes relations
 * repeated in several language files, and leaves out relations whose ends were not read (reported
 * as warnings).
 */
public final class EscoDataSetCollector implements EscoRecordHandler {

  private final IssueCollector issues;
  private final EscoConceptMerger merger;
  private final Map<String, Map<String, OccupationSkillRelation>> relations = new LinkedHashMap<>();
  private final Map<String, Map<String, BroaderRelation>> broader = new LinkedHashMap<>();
  private final Set<String> languages = new TreeSet<>();

  public EscoDataSetCollector(IssueCollector issues) {
    this.issues = issues;
    this.merger = new EscoConceptMerger(issues);
  }

  @Override
  public void onConcept(EscoConceptRow row) {
    languages.add(row.language());
    merger.add(row);
  }

  @Override
  public void onOccupationSkillRelation(OccupationSkillRelation relation, String file, long line) {
    Map<String, OccupationSkillRelation> bySkill =
        relations.computeIfAbsent(relation.occupationUri(), k -> new HashMap<>());
    OccupationSkillRelation known = bySkill.putIfAbsent(relation.skillUri(), relation);
    if (known != null && known.relationType() != relation.relationType()) {
      issues.warning(
          file,
          line,
          "relation "
              + relation.occupationUri()
              + " -> "
              + relation.skillUri()
              + " is "
              + relation.relationType().escoName()
              + " here but "
              + known.relationType().escoName()
              + " in an earlier row; keeping the earlier one");
    }
  }

  @Override
  public void onBroaderRelation(BroaderRelation relation, String file, long line) {
    broader
        .computeIfAbsent(relation.conceptUri(), k -> new LinkedHashMap<>())
        .putIfAbsent(relation.broaderUri(), relation);
  }

  /** Builds the data set; call only after {@link IssueCollector#throwIfErrors()} passed. */
  public EscoDataSet toDataSet(List<String> files, int filesSkipped, long rowsRead) {
    Map<String, EscoConcept> concepts = merger.build();
    List<OccupationSkillRelation> keptRelations = new ArrayList<>();
    int dropped = keepResolvedRelations(concepts, keptRelations);
    List<BroaderRelation> keptBroader = new ArrayList<>();
    dropped += keepResolvedBroader(concepts, keptBroader);
    EscoImportCounts counts =
        count(
            concepts,
            keptRelations,
            keptBroader.size(),
            dropped,
            files.size(),
            filesSkipped,
            rowsRead);
    return new EscoDataSet(concepts, keptRelations, keptBroader, counts, issues.warnings(), files);
  }

  private int keepResolvedRelations(
      Map<String, EscoConcept> concepts, List<OccupationSkillRelation> kept) {
    int dropped = 0;
    for (Map<String, OccupationSkillRelation> bySkill : relations.values()) {
      for (OccupationSkillRelation r : bySkill.values()) {
        EscoConcept occupation = concepts.get(r.occupationUri());
        EscoConcept skill = concepts.get(r.skillUri());
        if (occupation == null || skill == null) {
          dropped++;
          issues.warning(
              "occupationSkillRelations",
              0,
              "left out relation "
                  + r.occupationUri()
                  + " -> "
                  + r.skillUri()
                  + ": "
                  + (occupation == null ? "occupation" : "skill")
                  + " not in the data");
          continue;
        }
        // reuse the concept's URI strings so 100k+ relations do not each hold their own copies
        kept.add(
            new OccupationSkillRelation(
                occupation.uri(), skill.uri(), r.relationType(), r.skillType()));
      }
    }
    return dropped;
  }

  private int keepResolvedBroader(Map<String, EscoConcept> concepts, List<BroaderRelation> kept) {
    int dropped = 0;
    for (Map<String, BroaderRelation> byBroader : broader.values()) {
      for (BroaderRelation r : byBroader.values()) {
        EscoConcept narrower = concepts.get(r.conceptUri());
        EscoConcept wider = concepts.get(r.broaderUri());
        if (narrower == null || wider == null) {
          dropped++;
          issues.warning(
              "broaderRelations",
              0,
              "left out hierarchy edge "
                  + r.conceptUri()
                  + " -> "
                  + r.broaderUri()
                  + ": "
                  + (narrower == null ? r.conceptUri() : r.broaderUri())
                  + " not in the data");
          continue;
        }
        kept.add(
            new BroaderRelation(narrower.uri(), r.conceptType(), wider.uri(), r.broaderType()));
      }
    }
    return dropped;
  }

  private EscoImportCounts count(
      Map<String, EscoConcept> concepts,
      List<OccupationSkillRelation> kept,
      int broaderCount,
      int dropped,
      int filesRead,
      int filesSkipped,
      long rowsRead) {
    Map<ConceptType, Integer> byType = new HashMap<>();
    Map<String, Integer> byLanguage = new TreeMap<>();
    for (EscoConcept concept : concepts.values()) {
      byType.merge(concept.type(), 1, Integer::sum);
      concept.labels().keySet().forEach(language -> byLanguage.merge(language, 1, Integer::sum));
    }
    int essential =
        (int) kept.stream().filter(r -> r.relationType() == RelationType.ESSENTIAL).count();
    return new EscoImportCounts(
        filesRead,
        filesSkipped,
        rowsRead,
        byType.getOrDefault(ConceptType.SKILL, 0),
        byType.getOrDefault(ConceptType.SKILL_GROUP, 0),
        byType.getOrDefault(ConceptType.OCCUPATION, 0),
        byType.getOrDefault(ConceptType.ISCO_GROUP, 0),
        essential,
        kept.size() - essential,
        broaderCount,
        dropped,
        byLanguage,
        languages,
        issues.warningCount());
  }
}
