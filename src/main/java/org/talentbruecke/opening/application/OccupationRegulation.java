package org.talentbruecke.opening.application;

import java.util.Optional;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * Whether an occupation is regulated in Germany, and the profession group the reference data put it
 * in, so the editor can pre-set "full recognition required" and say why.
 *
 * @param kind regulated, regulated only for some occupations of its ISCO group, or not regulated
 * @param groupName the profession group (German and English), empty when not regulated
 */
public record OccupationRegulation(Kind kind, Optional<LocalizedText> groupName) {
  /** The three answers the reference data can give for an occupation. */
  public enum Kind {
    REGULATED,
    DEPENDS_ON_OCCUPATION,
    NOT_REGULATED
  }

  public static OccupationRegulation notRegulated() {
    return new OccupationRegulation(Kind.NOT_REGULATED, Optional.empty());
  }

  /** Regulated for sure or possibly: missing a regulation harms more than a needless check. */
  public boolean presetsFullRecognition() {
    return kind != Kind.NOT_REGULATED;
  }
}
