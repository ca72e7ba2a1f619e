package org.talentbruecke.reference.infrastructure;

import org.talentbruecke.reference.domain.LocalizedText;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;

/**
 * Plain-language CEFR texts (level summaries, sub-skill names, level-by-skill descriptors) from
 * cefr-descriptors.csv.
 */
public final class CefrDescriptorCatalog {

  static final String FILE = "cefr-descriptors.csv";

  private final BilingualTextTable table;

  private CefrDescriptorCatalog(BilingualTextTable table) {
    this.table = table;
  }

  /** Loads the texts and checks that every level, skill and combination has one. */
  public static CefrDescriptorCatalog load() {
    CefrDescriptorCatalog catalog = new CefrDescriptorCatalog(BilingualTextTable.load(FILE));
    // Resolving every key once at load time turns a missing row into a startup error, not a
    // user-facing gap.
    for (CefrLevel level : CefrLevel.values()) {
      catalog.levelSummary(level);
      for (CefrSkill skill : CefrSkill.values()) {
        catalog.skillName(skill);
        catalog.descriptor(level, skill);
      }
    }
    return catalog;
  }

  /** One sentence describing the level as a whole. */
  public LocalizedText levelSummary(CefrLevel level) {
    return get("level." + level.name());
  }

  /** The name of the sub-skill as used in the Europass grid. */
  public LocalizedText skillName(CefrSkill skill) {
    return get("skill." + skill.name());
  }

  /** One sentence describing what a person at this level can do in this sub-skill. */
  public LocalizedText descriptor(CefrLevel level, CefrSkill skill) {
    return get(level.name() + "." + skill.name());
  }

  private LocalizedText get(String key) {
    return table
        .find(key)
        .orElseThrow(() -> new ReferenceDataException(FILE + ": missing key " + key));
  }
}
