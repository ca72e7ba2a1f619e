package archfixture.identity.interfaces.web;

/** The signed-in-user helper other contexts' pages may use. */
public class CurrentUser {}
