package archfixture.app;

/** Bootstrapping, which only app itself may use. */
public class Settings {}
