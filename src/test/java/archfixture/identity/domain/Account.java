package archfixture.identity.domain;

/** An entity identity keeps to itself. */
public class Account {}
