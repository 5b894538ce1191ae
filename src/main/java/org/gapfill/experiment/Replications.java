package org.gapfill.experiment;

import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.Params;

/**
 * Runs replicates of one parameter set on a fixed pool of threads. Each replicate is its own
 * {@link CityModel} with its own generator seeded by {@link Seeds}, so results do not depend on
 * the thread count or on which thread ran which replicate.
 */
public final class Replications {
  private Replications() {
  }

  /**
   * Runs replicates 1..reps to their horizon.
   *
   * @param threads worker threads (more than {@code reps} are not started)
   * @param progress told of each finished replicate, from the worker threads
   * @return the results ordered by replicate
   * @throws ReplicationException when a replicate's model throws; the other replicates are
   *     cancelled
   * @throws IllegalStateException when the calling thread is interrupted (its flag is kept)
   */
  public static List<ReplicateResult> run(Params params, int reps, int threads,
      Progress progress) {
    if (reps < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "replicates and threads must be at least 1, got " + reps + " and " + threads);
    }
    // A private copy: the caller may change its Params while workers still read them.
    Params shared = params.copy();
    return Parallel.run(reps, threads, k -> runOne(shared, k + 1), progress);
  }

  static ReplicateResult runOne(Params params, int replicate) {
    long seed = Seeds.replicateSeed(params.seed, replicate);
    try {
      CityModel model = new CityModel(params, seed);
      model.runToEnd();
      return ReplicateResult.of(replicate, seed, model);
    } catch (RuntimeException | Error e) {
      // Errors too: a replicate that runs out of memory should still be named.
      throw new ReplicationException(replicate, seed, e);
    }
  }
}
