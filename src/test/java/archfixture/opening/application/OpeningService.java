package archfixture.opening.application;

/** Uses a page (application uses no interfaces) and another context's infrastructure. */
public class OpeningService {
  archfixture.opening.interfaces.web.OpeningPage page;
  archfixture.reference.infrastructure.Catalog catalog;
}
