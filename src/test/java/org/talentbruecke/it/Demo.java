package org.talentbruecke.it;

/** The demo logins the README promises. */
public final class Demo {
  public static final String PASSWORD = "Talentbruecke-Demo-2026";

  private Demo() {}
}
