package org.talentbruecke.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The legal notice (§ 5 DDG) of this installation: who runs it, where, who represents it and how to
 * reach them. Read from MicroProfile Config ({@code talentbruecke.imprint.*}, or the environment
 * variables {@code TALENTBRUECKE_IMPRINT_*}); bin/run's config/talentbruecke.env sets demo values.
 * The page shows what is set; an administrator also sees which settings are missing.
 */
@Named("imprint")
@ApplicationScoped
public class Imprint {
  @Inject
  @ConfigProperty(name = "talentbruecke.imprint.operator")
  Optional<String> operator;

  @Inject
  @ConfigProperty(name = "talentbruecke.imprint.address")
  Optional<String> address;

  @Inject
  @ConfigProperty(name = "talentbruecke.imprint.representative")
  Optional<String> representative;

  @Inject
  @ConfigProperty(name = "talentbruecke.imprint.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "talentbruecke.imprint.phone")
  Optional<String> phone;

  public String getOperator() {
    return value(operator);
  }

  public String getAddress() {
    return value(address);
  }

  public String getRepresentative() {
    return value(representative);
  }

  public String getEmail() {
    return value(email);
  }

  public String getPhone() {
    return value(phone);
  }

  /** Whether the notice names at least an operator and an address. */
  public boolean isConfigured() {
    return getOperator() != null && getAddress() != null;
  }

  /**
   * The environment variables still missing (operator, address, representative, and e-mail or
   * phone), for the note administrators see; empty when the notice is complete.
   */
  public List<String> getMissing() {
    List<String> missing = new ArrayList<>();
    if (getOperator() == null) {
      missing.add("TALENTBRUECKE_IMPRINT_OPERATOR");
    }
    if (getAddress() == null) {
      missing.add("TALENTBRUECKE_IMPRINT_ADDRESS");
    }
    if (getRepresentative() == null) {
      missing.add("TALENTBRUECKE_IMPRINT_REPRESENTATIVE");
    }
    if (getEmail() == null && getPhone() == null) {
      missing.add("TALENTBRUECKE_IMPRINT_EMAIL");
    }
    return missing;
  }

  /** The missing settings as one comma-separated line. */
  public String getMissingList() {
    return String.join(", ", getMissing());
  }

  private static String value(Optional<String> setting) {
    return setting.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }
}
