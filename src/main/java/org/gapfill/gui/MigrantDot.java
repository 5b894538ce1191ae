package org.gapfill.gui;

/** One sampled migrant drawn near the provider of its last contact. */
public final class MigrantDot {
  boolean needsMet;

  /** Whether the migrant had no open need at the end of the week. */
  public boolean needsMet() {
    return needsMet;
  }

  @Override
  public String toString() {
    return needsMet ? "migrant, needs met" : "migrant, open need";
  }
}
