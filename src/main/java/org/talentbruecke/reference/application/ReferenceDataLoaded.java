package org.talentbruecke.reference.application;

/**
 * CDI event fired once the ESCO data are in the database and the search index is built at start-up,
 * so that work depending on ESCO concepts (such as demo profiles) can wait for it.
 */
public record ReferenceDataLoaded() {}
