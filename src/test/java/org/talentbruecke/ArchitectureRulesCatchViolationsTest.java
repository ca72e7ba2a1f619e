package org.talentbruecke;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} can fail: applied to the fixture in {@code archfixture} (a
 * deliberate cycle, forbidden arrows and inward-pointing layers broken), each rule reports the
 * violations planted for it, and nothing the fixture does correctly.
 */
class ArchitectureRulesCatchViolationsTest {
  private static final String ROOT = "archfixture";
  private static JavaClasses fixture;

  @BeforeAll
  static void importFixture() {
    fixture = new ClassFileImporter().importPackages(ROOT);
  }

  @Test
  void aCycleBetweenContextsIsReported() {
    assertThat(violations(ArchitectureRules.contextsAreFreeOfCycles(ROOT)))
        .anyMatch(v -> v.contains("context reference") && v.contains("context opening"));
  }

  @Test
  void aForbiddenArrowBetweenContextsIsReported() {
    List<String> violations = violations(ArchitectureRules.contextsUseOnlyAllowedContexts(ROOT));
    assertThat(violations)
        .anyMatch(v -> v.contains("reference → opening") && v.contains("Concept.usedBy"))
        .anyMatch(v -> v.contains("shared → app") && v.contains("Texts.settings"))
        // opening → reference and profile/opening → identity are allowed arrows
        .noneMatch(v -> v.contains("opening → reference") || v.contains("→ identity"));
  }

  @Test
  void identityEntitiesAndHelpersOutsidePagesAreReported() {
    List<String> violations =
        violations(
            ArchitectureRules.identityIsUsedOnlyThroughItsApplicationLayerAndPageHelpers(ROOT));
    assertThat(violations)
        .anyMatch(v -> v.contains("ProfilePage.account") && v.contains("identity.domain.Account"))
        .anyMatch(v -> v.contains("ProfileService.currentUser"))
        .noneMatch(v -> v.contains("OpeningPage"));
  }

  @Test
  void aDomainUsingItsApplicationLayerIsReported() {
    assertThat(violations(ArchitectureRules.domainUsesNoOuterLayer(ROOT)))
        .anyMatch(v -> v.contains("Opening.service"))
        .noneMatch(v -> v.contains("Opening.requirement"));
  }

  @Test
  void anApplicationLayerUsingAPageIsReported() {
    assertThat(violations(ArchitectureRules.applicationUsesNoInterfaces(ROOT)))
        .anyMatch(v -> v.contains("OpeningService.page"));
  }

  @Test
  void anApplicationLayerUsingAnotherContextsInfrastructureIsReported() {
    assertThat(
            violations(
                ArchitectureRules.domainAndApplicationUseNoOtherContextsInfrastructureOrInterfaces(
                    ROOT)))
        .anyMatch(v -> v.contains("opening → reference.infrastructure"))
        .anyMatch(v -> v.contains("profile → identity.interfaces"));
  }

  @Test
  void everyRuleFailsOnTheFixture() {
    for (ArchRule rule : ArchitectureRules.all(ROOT)) {
      assertThat(rule.evaluate(fixture).hasViolation()).as(rule.getDescription()).isTrue();
    }
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(fixture);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    return result.getFailureReport().getDetails();
  }
}
