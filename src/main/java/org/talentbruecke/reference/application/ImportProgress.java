package org.talentbruecke.reference.application;

/** Receives how far an import has got, for a progress bar; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {
  ImportProgress NONE = (percent, phase) -> {};

  /**
   * @param percent 0 to 100
   * @param phase a short, stable name of the current step (reading, concepts, labels, relations,
   *     hierarchy, index, done)
   */
  void report(int percent, String phase);
}
