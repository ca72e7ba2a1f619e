package archfixture.opening.interfaces.web;

/** Allowed: a page may use identity's CurrentUser. */
public class OpeningPage {
  archfixture.identity.interfaces.web.CurrentUser currentUser;
}
