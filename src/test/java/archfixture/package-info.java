/**
 * A tiny code base with deliberate architecture violations, outside org.talentbruecke so that the
 * application's architecture test never sees it. ArchitectureRulesCatchViolationsTest runs the
 * rules against it to prove that they fail. Each class says which rule it breaks.
 */
package archfixture;
