package org.gapfill.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.gapfill.model.CityModel;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.scenario.Overrides;
import org.gapfill.scenario.ScenarioException;
import org.gapfill.scenario.SweepSpec;

/**
 * Runs a sweep: every design point × replicate is one task, replicate-major so that after a
 * fraction of the tasks every point has been visited about equally. Replicate r uses the same
 * seed at every point (common random numbers), and a task's result does not depend on where or
 * when it ran, so shards, resumed runs and thread counts all give the same rows.
 */
public final class Sweep {
  /** Weeks a metric averages over in a sweep row. */
  public static final int SUMMARY_WEEKS = 52;

  /** One run of the sweep: a point (from 1, in run order) and a replicate (from 1). */
  public record Task(int index, int point, int replicate) {
  }

  /** The result of a task: its seed, the point's values and the kept metrics. */
  public record Row(Task task, long seed, List<String> values, double[] metrics) {
  }

  /** A shard K of N: the tasks whose index is K−1 modulo N. */
  public record Shard(int k, int n) {
    public static final Shard ALL = new Shard(1, 1);

    boolean owns(Task t) {
      return t.index() % n == k - 1;
    }

    /** Parses {@code K/N}; null when it is not of that form with 1 ≤ K ≤ N. */
    public static Shard parse(String text) {
      String[] parts = text.split("/");
      try {
        int k = Integer.parseInt(parts[0].trim());
        int n = Integer.parseInt(parts[1].trim());
        return parts.length == 2 && k >= 1 && k <= n ? new Shard(k, n) : null;
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        return null;
      }
    }
  }

  private Sweep() {
  }

  /** All tasks of the sweep, replicate-major, in run order. */
  public static List<Task> tasks(int points, int replicates) {
    List<Task> out = new ArrayList<>();
    for (int r = 1; r <= replicates; r++) {
      for (int p = 1; p <= points; p++) {
        out.add(new Task(out.size(), p, r));
      }
    }
    return out;
  }

  /** The tasks of a shard that are not yet done. */
  public static List<Task> todo(List<Task> all, Shard shard, Set<Long> done) {
    List<Task> out = new ArrayList<>();
    for (Task t : all) {
      if (shard.owns(t) && !done.contains(key(t.point(), t.replicate()))) {
        out.add(t);
      }
    }
    return out;
  }

  /** A key for a (point, replicate) pair. */
  public static long key(int point, int replicate) {
    return ((long) point << 32) | replicate;
  }

  /** Runs one task. */
  public static Row run(SweepSpec spec, List<String> values, Task task) {
    Params p = spec.base().copy();
    for (int d = 0; d < values.size(); d++) {
      try {
        Overrides.apply(p, spec.parameters().get(d).path() + "=" + values.get(d));
      } catch (ScenarioException e) {
        throw new IllegalStateException("point " + task.point() + ": " + e.getMessage(), e);
      }
    }
    long seed = Seeds.replicateSeed(p.seed, task.replicate());
    CityModel model = new CityModel(p, seed);
    model.runToEnd();
    double[] metrics = new double[spec.metrics().size()];
    for (int m = 0; m < metrics.length; m++) {
      Metric metric = spec.metrics().get(m);
      metrics[m] = model.recorder().meanOfLast(metric, SUMMARY_WEEKS);
    }
    return new Row(task, seed, values, metrics);
  }

  /**
   * Runs tasks on a pool and hands each row to {@code sink} on the calling thread as soon as
   * it is done (so rows can be streamed to disk in completion order).
   */
  public static void run(SweepSpec spec, List<List<String>> points, List<Task> tasks, int threads,
      Consumer<Row> sink, Progress progress) {
    if (tasks.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
      Thread t = new Thread(r, "gapfill-sweep");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<Row> done = new ExecutorCompletionService<>(pool);
      for (Task t : tasks) {
        done.submit(() -> run(spec, points.get(t.point() - 1), t));
      }
      for (int k = 1; k <= tasks.size(); k++) {
        sink.accept(done.take().get());
        progress.replicateDone(k, tasks.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
  }
}
