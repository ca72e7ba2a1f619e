package org.talentbruecke.reference.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbruecke.reference.domain.ConceptType;
import org.talentbruecke.reference.domain.EscoConcept;
import org.talentbruecke.reference.domain.LocalizedLabels;

class EscoColumnLimitsTest {
  private static final String URI = "http://data.europa.eu/esco/skill/x";

  @Test
  void acceptsValuesThatFit() {
    IssueCollector issues = new IssueCollector();

    EscoColumnLimits.check(List.of(skill("a".repeat(EscoColumnLimits.DESCRIPTION))), issues);

    assertThat(issues.hasErrors()).isFalse();
  }

  @Test
  void namesConceptColumnAndLanguageOfAValueThatWouldBeCut() {
    IssueCollector issues = new IssueCollector();

    EscoColumnLimits.check(List.of(skill("a".repeat(EscoColumnLimits.DESCRIPTION + 1))), issues);

    assertThat(issues.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.file()).isEqualTo("KnowledgeSkillCompetence " + URI);
              assertThat(e.message()).startsWith("description (de) has 16001 characters");
            });
  }

  private static EscoConcept skill(String description) {
    LocalizedLabels de =
        new LocalizedLabels("Backwaren zubereiten", List.of(), List.of(), description);
    return new EscoConcept(URI, ConceptType.SKILL, Map.of("de", de), "", "", "", "", "", "", "");
  }
}
