package org.talentbruecke.contact.application;

/**
 * Moves the employer dashboard's counts (the opening context's candidate pipeline): an interest
 * makes the person a suggested candidate, an employer's request and an accepted contact a contacted
 * one.
 */
public interface ContactPipeline {
  void suggested(long openingId, long profileId);

  void contacted(long openingId, long profileId);
}
