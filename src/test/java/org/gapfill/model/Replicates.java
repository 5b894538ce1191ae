package org.gapfill.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.metrics.MetricsRecorder;

/** Test support: runs a city over several seeds on all cores and summarises a metric. */
final class Replicates {
  final MetricsRecorder[] runs;

  private Replicates(MetricsRecorder[] runs) {
    this.runs = runs;
  }

  /** Runs seeds 1..n of the parameters, each changed by {@code change} before it starts. */
  static Replicates of(Params base, int n, Consumer<Params> change) throws Exception {
    MetricsRecorder[] out = new MetricsRecorder[n];
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      Future<?>[] futures = new Future<?>[n];
      for (int k = 0; k < n; k++) {
        int seed = k + 1;
        futures[k] = pool.submit(() -> {
          Params p = base.copy();
          change.accept(p);
          CityModel model = new CityModel(p, seed);
          model.runToEnd();
          out[seed - 1] = model.recorder();
        });
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Replicates(out);
  }

  /** Per seed, the mean of a metric over weeks [from, to). */
  double[] mean(Metric m, int from, int to) {
    double[] v = new double[runs.length];
    for (int k = 0; k < runs.length; k++) {
      double sum = 0;
      for (int w = from; w < to; w++) {
        sum += runs[k].get(w, m);
      }
      v[k] = sum / (to - from);
    }
    return v;
  }

  static double average(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  static double sd(double[] v) {
    double mean = average(v);
    double s = 0;
    for (double x : v) {
      s += (x - mean) * (x - mean);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  /** The larger of the two groups' standard deviations across seeds. */
  static double spread(double[] a, double[] b) {
    return Math.max(sd(a), sd(b));
  }
}
