package archfixture.opening.domain;

/** Uses reference (allowed) and its own application layer (domain uses no outer layer). */
public class Opening {
  archfixture.reference.domain.Concept requirement;
  archfixture.opening.application.OpeningService service;
}
