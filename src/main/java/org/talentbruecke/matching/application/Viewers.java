package org.talentbruecke.matching.application;

/** Tells matching who the caller of the current request is (pages and API alike). */
public interface Viewers {
  Viewer current();
}
