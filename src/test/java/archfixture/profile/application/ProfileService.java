package archfixture.profile.application;

/** Uses identity's page helper outside a page. */
public class ProfileService {
  archfixture.identity.interfaces.web.CurrentUser currentUser;
}
