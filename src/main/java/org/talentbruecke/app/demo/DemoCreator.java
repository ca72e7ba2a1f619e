package org.talentbruecke.app.demo;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One part of the demo data that names ESCO concepts, so it can only be made once the reference
 * data are loaded. {@link DemoData} calls every part in demo mode, at start-up and again when the
 * reference data are loaded (whichever comes last finds everything in place); each part is created
 * once and a restart leaves it alone.
 */
public abstract class DemoCreator {
  private static final Logger LOG = Logger.getLogger(DemoCreator.class.getName());

  private volatile boolean settled;

  /** What this part is, for the log. */
  protected abstract String what();

  /** True when everything this part refers to exists (its accounts, its ESCO concepts). */
  protected abstract boolean canCreate();

  /** True when this part was already created (at an earlier start) or has nothing to create. */
  protected abstract boolean exists();

  /** Creates this part; only called when it can be created and does not exist yet. */
  protected abstract void create();

  /**
   * Creates this part unless it exists or cannot be created yet. Synchronized because start-up and
   * the end of the ESCO import may both call it.
   */
  public synchronized void createOnce() {
    boolean ready = false;
    try {
      ready = canCreate();
      if (ready && !exists()) {
        create();
      }
    } catch (RuntimeException e) {
      // Demo data must never stop the application or mark the ESCO import as failed.
      LOG.log(Level.WARNING, "Could not create the " + what(), e);
    } finally {
      settled |= ready;
    }
  }

  /** True once this part exists (or failed for good): readiness waits for it. */
  public boolean isSettled() {
    return settled;
  }
}
