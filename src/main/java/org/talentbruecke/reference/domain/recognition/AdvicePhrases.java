package org.talentbruecke.reference.domain.recognition;

import java.util.Optional;
import org.talentbruecke.reference.domain.LocalizedText;

/**
 * Multilingual phrase templates for recognition advice, kept as data so editors can improve wording
 * without code changes.
 */
public interface AdvicePhrases {

  /**
   * The phrase for the key, if it exists; templates may contain {body}, {measure} and similar
   * placeholders.
   */
  Optional<LocalizedText> find(String key);
}
