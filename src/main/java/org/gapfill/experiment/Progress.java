package org.gapfill.experiment;

/**
 * Told when a replicate finishes. It is called from worker threads, in completion order (not
 * replicate order), possibly from several threads at once: implementations must be thread-safe.
 */
@FunctionalInterface
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (done, total) -> { };

  /**
   * A replicate finished.
   *
   * @param done replicates finished so far, this one included (each value from 1 to total once)
   * @param total replicates in the run
   */
  void replicateDone(int done, int total);
}
