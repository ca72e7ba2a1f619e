package org.talentbruecke.reference.domain.language;

/**
 * The five language sub-skills rated separately in the Europass language passport self-assessment
 * grid.
 */
public enum CefrSkill {
  /** Understanding spoken language (Hören). */
  LISTENING,
  /** Understanding written texts (Lesen). */
  READING,
  /** Taking part in conversations (An Gesprächen teilnehmen). */
  SPOKEN_INTERACTION,
  /** Speaking on one's own, e.g. describing or presenting (Zusammenhängendes Sprechen). */
  SPOKEN_PRODUCTION,
  /** Writing texts (Schreiben). */
  WRITING
}
