package org.talentbruecke;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's own classes (not tests, not libraries) keep the allowed arrows between contexts
 * and layers; see {@link ArchitectureRules} and docs/architecture.md.
 */
class ArchitectureTest {
  private static final String ROOT = "org.talentbruecke";
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);
  }

  @Test
  void contextsAreFreeOfCycles() {
    check(ArchitectureRules.contextsAreFreeOfCycles(ROOT));
  }

  @Test
  void contextsUseOnlyAllowedContexts() {
    check(ArchitectureRules.contextsUseOnlyAllowedContexts(ROOT));
  }

  @Test
  void identityIsUsedOnlyThroughItsApplicationLayerAndPageHelpers() {
    check(ArchitectureRules.identityIsUsedOnlyThroughItsApplicationLayerAndPageHelpers(ROOT));
  }

  @Test
  void domainUsesNoOuterLayer() {
    check(ArchitectureRules.domainUsesNoOuterLayer(ROOT));
  }

  @Test
  void applicationUsesNoInterfaces() {
    check(ArchitectureRules.applicationUsesNoInterfaces(ROOT));
  }

  @Test
  void domainAndApplicationUseNoOtherContextsInfrastructureOrInterfaces() {
    check(ArchitectureRules.domainAndApplicationUseNoOtherContextsInfrastructureOrInterfaces(ROOT));
  }

  @Test
  void onlyTheMainClassesAreChecked() {
    // Guards against rules passing vacuously because the import found nothing, and against
    // tests (which may use anything) being held to the rules.
    assertThat(main.containPackage(ROOT + ".identity.domain")).isTrue();
    assertThat(main.contain(ArchitectureTest.class)).isFalse();
    assertThat(main.stream().map(c -> c.getPackageName()))
        .noneMatch(p -> p.startsWith("archfixture"));
  }

  private static void check(ArchRule rule) {
    rule.check(main);
  }
}
