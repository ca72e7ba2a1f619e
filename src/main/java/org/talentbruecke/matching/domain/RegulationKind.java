package org.talentbruecke.matching.domain;

/**
 * How the German state regulates the occupation of an opening. Deliberately small: the reference
 * context is introducing the full vocabulary, and this enum is meant to be swapped for it.
 */
public enum RegulationKind {
  /** Working in it at all needs a recognised qualification (e.g. nursing, medicine). */
  ACTIVITY_REGULATED,
  /** Only the title is protected; the work itself is open (e.g. engineer). */
  TITLE_PROTECTED,
  /** A master craft (Meisterpflicht) under the Handwerksordnung. */
  CRAFT,
  /** Needs a licence or permit that is not a recognition of a qualification (e.g. taxi). */
  LICENSED,
  NOT_REGULATED
}
