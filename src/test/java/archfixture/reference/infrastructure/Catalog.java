package archfixture.reference.infrastructure;

/** A catalogue that only its own context may use from its application layer. */
public class Catalog {}
