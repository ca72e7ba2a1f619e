package org.talentbruecke.reference.application;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.talentbruecke.reference.domain.qualification.QualificationLevel;

/** The eight EQF/DQR levels from qualification-levels.csv. */
public final class QualificationLevelCatalog {

  private final TreeMap<Integer, QualificationLevel> levels = new TreeMap<>();

  /** The levels; exactly one for each of 1..8. Read once at start-up and injected. */
  public QualificationLevelCatalog(List<QualificationLevel> levels) {
    for (QualificationLevel level : levels) {
      if (this.levels.putIfAbsent(level.level(), level) != null) {
        throw new IllegalArgumentException("duplicate level " + level.level());
      }
    }
    if (this.levels.size() != QualificationLevel.MAX_LEVEL) {
      throw new IllegalArgumentException("expected 8 levels, found " + this.levels.size());
    }
  }

  /** All levels from 1 to 8. */
  public List<QualificationLevel> all() {
    return List.copyOf(levels.values());
  }

  /** The level with this number, empty outside 1..8. */
  public Optional<QualificationLevel> level(int number) {
    return Optional.ofNullable(levels.get(number));
  }
}
