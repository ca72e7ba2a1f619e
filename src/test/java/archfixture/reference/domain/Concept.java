package archfixture.reference.domain;

/** Breaks "reference uses no other context" and, with Opening, closes a cycle. */
public class Concept {
  archfixture.opening.domain.Opening usedBy;
}
