package org.talentbruecke.reference.infrastructure;

import java.util.Optional;
import java.util.Set;
import org.talentbruecke.reference.domain.LocalizedText;
import org.talentbruecke.reference.domain.recognition.AdvicePhrases;

/**
 * The phrase templates for recognition advice in German, English and the further interface
 * languages, read from recognition-phrases.csv.
 */
public final class AdvicePhraseCatalog implements AdvicePhrases {

  static final String FILE = "recognition-phrases.csv";

  private final BilingualTextTable table;

  private AdvicePhraseCatalog(BilingualTextTable table) {
    this.table = table;
  }

  /** Loads the phrases. */
  public static AdvicePhraseCatalog load() {
    return new AdvicePhraseCatalog(BilingualTextTable.load(FILE));
  }

  @Override
  public Optional<LocalizedText> find(String key) {
    return table.find(key);
  }

  /** All keys, for completeness checks. */
  public Set<String> keys() {
    return table.all().keySet();
  }
}
