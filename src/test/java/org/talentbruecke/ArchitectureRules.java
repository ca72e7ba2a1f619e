package org.talentbruecke;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The allowed dependencies between the bounded contexts and between the layers inside them, as
 * ArchUnit rules. docs/architecture.md draws the same arrows; change both together.
 *
 * <p>The rules take the root package as a parameter so that {@link ArchitectureTest} applies them
 * to the application ({@code org.talentbruecke}) and {@link ArchitectureRulesCatchViolationsTest}
 * applies the very same definitions to a small fixture with deliberate violations ({@code
 * archfixture}), proving that they can fail.
 */
final class ArchitectureRules {

  /**
   * Context → the other contexts it may use. Every context may use {@code shared}; nothing but
   * {@code app} may use {@code app}; {@code shared} and {@code reference} use no other context.
   * Contexts not listed here are not allowed at all: a new one is added here on purpose.
   */
  static final Map<String, Set<String>> ALLOWED = allowedArrows();

  /** The layers of a context, from the inside out. */
  static final List<String> LAYERS =
      List.of("domain", "application", "infrastructure", "interfaces");

  private static Map<String, Set<String>> allowedArrows() {
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    allowed.put("shared", Set.of());
    allowed.put("reference", Set.of("shared"));
    allowed.put("identity", Set.of("shared"));
    allowed.put("opening", Set.of("shared", "reference", "identity"));
    allowed.put("profile", Set.of("shared", "reference", "identity"));
    // Not built yet; these are the arrows they will need (compare a profile with an opening).
    allowed.put("matching", Set.of("shared", "reference", "identity", "opening", "profile"));
    allowed.put(
        "review", Set.of("shared", "reference", "identity", "opening", "profile", "matching"));
    // Contact on consent (issue 12): reads openings, profiles and match cards, never the reverse.
    allowed.put(
        "contact", Set.of("shared", "reference", "identity", "opening", "profile", "matching"));
    // The regional dashboard: reference data, the pipeline stages (opening's domain) and profile's
    // change events (to refresh its cache); it reads profiles and openings with read-only
    // aggregate SQL in its infrastructure (decision 050).
    allowed.put("region", Set.of("shared", "reference", "opening", "profile"));
    // The audit trail: every context writes through the port shared.application.AuditTrail; the
    // audit context reads account facts (identity) and organisation names (opening) to show it.
    allowed.put("audit", Set.of("shared", "identity", "opening"));
    // Bootstrapping wires everything together and may use every context.
    allowed.put(
        "app",
        Set.of(
            "shared",
            "reference",
            "identity",
            "opening",
            "profile",
            "matching",
            "review",
            "contact",
            "region",
            "audit"));
    return Map.copyOf(allowed);
  }

  private ArchitectureRules() {}

  /** Every rule below, for the application or a fixture under {@code root}. */
  static List<ArchRule> all(String root) {
    return List.of(
        contextsAreFreeOfCycles(root),
        contextsUseOnlyAllowedContexts(root),
        identityIsUsedOnlyThroughItsApplicationLayerAndPageHelpers(root),
        domainUsesNoOuterLayer(root),
        applicationUsesNoInterfaces(root),
        domainAndApplicationUseNoOtherContextsInfrastructureOrInterfaces(root));
  }

  /** The contexts ({@code root.<context>..}) form no cycle. */
  static ArchRule contextsAreFreeOfCycles(String root) {
    return slices()
        .matching(root + ".(*)..")
        .namingSlices("context $1")
        .should()
        .beFreeOfCycles()
        .because("a cycle between contexts means neither can change without the other");
  }

  /** Each context uses only the contexts {@link #ALLOWED} lists for it. */
  static ArchRule contextsUseOnlyAllowedContexts(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(useOnlyAllowedContexts(root))
        .because("the arrows between contexts are drawn in docs/architecture.md");
  }

  /**
   * Other contexts use identity only through its application layer (services, requests, {@code
   * AccountSummary}, the ports identity declares) and, on pages, the signed-in-user helpers {@code
   * CurrentUser} and {@code WebLogin}; never its domain entities or its infrastructure.
   */
  static ArchRule identityIsUsedOnlyThroughItsApplicationLayerAndPageHelpers(String root) {
    String identity = root + ".identity";
    DescribedPredicate<JavaClass> pageHelper =
        resideInAPackage(identity + ".interfaces.web")
            .and(simpleName("CurrentUser").or(simpleName("WebLogin")))
            .as("identity's page helpers CurrentUser and WebLogin");
    DescribedPredicate<JavaClass> published =
        resideInAPackage(identity + ".application..").or(pageHelper);
    ArchRule onlyPublished =
        noClasses()
            .that()
            .resideOutsideOfPackages(identity + "..", root + ".app..")
            .and()
            .resideInAPackage(root + "..")
            .should()
            .dependOnClassesThat(
                resideInAPackage(identity + "..")
                    .and(not(published))
                    .as("identity classes other than its application layer and page helpers"));
    ArchRule helpersOnlyOnPages =
        noClasses()
            .that()
            .resideOutsideOfPackages(identity + "..", root + ".app..", root + ".*.interfaces.web..")
            .and()
            .resideInAPackage(root + "..")
            .should()
            .dependOnClassesThat(pageHelper);
    return CompositeArchRule.of(onlyPublished)
        .and(helpersOnlyOnPages)
        .because("identity's entities and security infrastructure are its own");
  }

  /** A domain model knows no application, infrastructure or interface code, of any context. */
  static ArchRule domainUsesNoOuterLayer(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".*.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            root + ".*.application..", root + ".*.infrastructure..", root + ".*.interfaces..")
        .because("dependencies point inward: interfaces → application → domain");
  }

  /** Use cases know nothing of pages or REST resources, of any context. */
  static ArchRule applicationUsesNoInterfaces(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".*.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".*.interfaces..")
        .because("dependencies point inward: interfaces → application → domain");
  }

  /**
   * A context's domain and application layers reach another context only through that context's
   * domain or application layer, never its infrastructure or interfaces.
   */
  static ArchRule domainAndApplicationUseNoOtherContextsInfrastructureOrInterfaces(String root) {
    return classes()
        .that()
        .resideInAnyPackage(root + ".*.domain..", root + ".*.application..")
        .should(useNoOtherContextsOuterLayers(root))
        .because("another context is used through what it offers, not through its internals");
  }

  private static ArchCondition<JavaClass> useOnlyAllowedContexts(String root) {
    return new ArchCondition<>("use only the contexts they are allowed to use") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> from = contextOf(root, origin);
        if (from.isEmpty()) {
          return;
        }
        Set<String> allowed = ALLOWED.get(from.get());
        if (allowed == null) {
          events.add(
              SimpleConditionEvent.violated(
                  origin,
                  origin.getName()
                      + " is in context '"
                      + from.get()
                      + "', which ArchitectureRules.ALLOWED does not know"));
          return;
        }
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Optional<String> to = contextOf(root, dependency.getTargetClass());
          if (to.isPresent() && !to.get().equals(from.get()) && !allowed.contains(to.get())) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency,
                    from.get()
                        + " → "
                        + to.get()
                        + " is not allowed: "
                        + dependency.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> useNoOtherContextsOuterLayers(String root) {
    return new ArchCondition<>("use no other context's infrastructure or interfaces") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> from = contextOf(root, origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          Optional<String> to = contextOf(root, target);
          Optional<String> layer = layerOf(root, target);
          if (to.isPresent()
              && !to.equals(from)
              && layer
                  .filter(l -> l.equals("infrastructure") || l.equals("interfaces"))
                  .isPresent()) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency,
                    from.orElse("?")
                        + " → "
                        + to.get()
                        + "."
                        + layer.get()
                        + " is not allowed: "
                        + dependency.getDescription()));
          }
        }
      }
    };
  }

  /** The context of a class under {@code root}: the first package segment below it. */
  static Optional<String> contextOf(String root, JavaClass javaClass) {
    return segment(root, javaClass, 0);
  }

  /** The layer of a class under {@code root}: the second package segment below it. */
  static Optional<String> layerOf(String root, JavaClass javaClass) {
    return segment(root, javaClass, 1).filter(LAYERS::contains);
  }

  private static Optional<String> segment(String root, JavaClass javaClass, int index) {
    String pkg = javaClass.getPackageName();
    if (!pkg.startsWith(root + ".")) {
      return Optional.empty();
    }
    String[] segments = pkg.substring(root.length() + 1).split("\\.");
    return index < segments.length ? Optional.of(segments[index]) : Optional.empty();
  }
}
