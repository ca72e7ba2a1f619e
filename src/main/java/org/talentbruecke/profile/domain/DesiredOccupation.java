package org.talentbruecke.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An ESCO occupation the person wants to work in; one of them may be the preferred one. */
@Embeddable
public class DesiredOccupation {
  @Column(name = "ESCO_URI", nullable = false, length = 255)
  private String escoUri;

  @Column(name = "PREFERRED", nullable = false)
  private boolean preferred;

  protected DesiredOccupation() {}

  public DesiredOccupation(String escoUri, boolean preferred) {
    this.escoUri = Objects.requireNonNull(escoUri);
    this.preferred = preferred;
  }

  public String getEscoUri() {
    return escoUri;
  }

  public boolean isPreferred() {
    return preferred;
  }
}
