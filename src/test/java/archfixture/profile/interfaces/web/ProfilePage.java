package archfixture.profile.interfaces.web;

/** Uses identity's domain entity instead of its application layer. */
public class ProfilePage {
  archfixture.identity.domain.Account account;
}
