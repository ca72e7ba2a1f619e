package org.talentbruecke.reference.domain;

import java.util.Optional;

/** Whether ESCO marks a skill as essential or optional for an occupation. */
public enum RelationType {
  ESSENTIAL("essential"),
  OPTIONAL("optional");

  private final String escoName;

  RelationType(String escoName) {
    this.escoName = escoName;
  }

  /** The value used in the ESCO CSV {@code relationType} column. */
  public String escoName() {
    return escoName;
  }

  public static Optional<RelationType> fromEscoName(String value) {
    String trimmed = value == null ? "" : value.trim();
    for (RelationType type : values()) {
      if (type.escoName.equals(trimmed)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
