package org.talentbruecke.matching.domain;

/** Full matches meet every constraint; close matches miss at least one and say which. */
public enum MatchTier {
  FULL,
  CLOSE
}
