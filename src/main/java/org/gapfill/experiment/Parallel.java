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
import java.util.function.IntFunction;

/**
 * Runs n independent tasks on a fixed pool of daemon threads and returns their results in task
 * order, whatever order they finished in; the first failure stops the run.
 */
public final class Parallel {
  private Parallel() {
  }

  /**
   * Runs tasks 0..n−1.
   *
   * @param progress told of each finished task, from the worker threads, in completion order
   * @throws IllegalStateException when the calling thread is interrupted (its flag is kept)
   */
  public static <T> List<T> run(int n, int threads, IntFunction<T> task, Progress progress) {
    if (n < 1 || threads < 1) {
      throw new IllegalArgumentException("tasks and threads must be at least 1, got " + n
          + " and " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), daemonThreads());
    try {
      CompletionService<T> done = new ExecutorCompletionService<>(pool);
      AtomicInteger finished = new AtomicInteger();
      List<Future<T>> futures = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        int index = k;
        futures.add(done.submit(() -> {
          T result = task.apply(index);
          progress.replicateDone(finished.incrementAndGet(), n);
          return result;
        }));
      }
      for (int k = 0; k < n; k++) {
        get(done.take());
      }
      List<T> results = new ArrayList<>(n);
      for (Future<T> f : futures) {
        results.add(get(f));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads, so a command that fails elsewhere never hangs on idle workers. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "gapfill-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
