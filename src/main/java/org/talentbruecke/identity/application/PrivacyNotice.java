package org.talentbruecke.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The version of the privacy notice (the texts {@code privacy.*} in the message bundles). Raise
 * {@link #DEFAULT_VERSION} whenever those texts change in substance: every job seeker and employer
 * is then asked to agree again at their next sign-in. Operators can set it with {@code
 * TALENTBRUECKE_PRIVACY_NOTICE_VERSION} (e.g. for a notice of their own).
 *
 * <p>History: 1 = the notice accepted at registration before versions were recorded (only {@code
 * ACCOUNT.PRIVACY_ACCEPTED_AT}); 2 = adds the audit trail, consent records and who viewed a
 * profile.
 */
@ApplicationScoped
public class PrivacyNotice {
  public static final String DEFAULT_VERSION = "2";

  @Inject
  @ConfigProperty(name = "talentbruecke.privacy.notice-version", defaultValue = DEFAULT_VERSION)
  String version;

  /** For CDI. */
  protected PrivacyNotice() {}

  /** For tests without a container. */
  public PrivacyNotice(String version) {
    this.version = version;
  }

  public String version() {
    return version == null || version.isBlank() ? DEFAULT_VERSION : version.strip();
  }
}
