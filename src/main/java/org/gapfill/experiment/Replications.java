package org.gapfill.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, reps), daemonThreads());
    try {
      CompletionService<ReplicateResult> done = new ExecutorCompletionService<>(pool);
      AtomicInteger finished = new AtomicInteger();
      List<Future<ReplicateResult>> futures = new ArrayList<>();
      for (int r = 1; r <= reps; r++) {
        int replicate = r;
        futures.add(done.submit(() -> {
          ReplicateResult result = runOne(shared, replicate);
          progress.replicateDone(finished.incrementAndGet(), reps);
          return result;
        }));
      }
      awaitAll(done, reps);
      return collect(futures);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ReplicateResult runOne(Params params, int replicate) {
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

  /** Waits in completion order, so the first failure stops the run at once. */
  private static void awaitAll(CompletionService<ReplicateResult> done, int reps) {
    for (int k = 0; k < reps; k++) {
      try {
        done.take().get();
      } catch (ExecutionException e) {
        throw rethrow(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running replicates", e);
      }
    }
  }

  private static List<ReplicateResult> collect(List<Future<ReplicateResult>> futures) {
    List<ReplicateResult> results = new ArrayList<>(futures.size());
    for (Future<ReplicateResult> f : futures) {
      try {
        results.add(f.get());
      } catch (ExecutionException e) {
        throw rethrow(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running replicates", e);
      }
    }
    return results;
  }

  private static RuntimeException rethrow(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new IllegalStateException(cause);
  }

  /** Daemon threads, so a command that fails elsewhere never hangs on idle workers. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "gapfill-replicate-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
