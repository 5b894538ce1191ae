package org.gapfill.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.Params;

/**
 * Runs per second of whole replicates with one thread and with several, measured in one JVM
 * after a warm-up, batch against batch in alternation, so a noisy machine disturbs both sides
 * alike; the median of the per-round ratios is the parallel speed-up.
 */
public final class Throughput {
  /** The result: runs per second on one and on all threads, and the median speed-up. */
  public record Result(int threads, double runsPerSecond1Thread, double runsPerSecondAllThreads,
      double speedup, double[] roundSpeedups) {
    public double parallelEfficiency() {
      return speedup / threads;
    }
  }

  private Throughput() {
  }

  /**
   * Measures {@code rounds} rounds of {@code runsPerBatch} runs (rounded up to a multiple of
   * the thread count) on one thread and on {@code threads} threads.
   */
  public static Result measure(Params params, int threads, int runsPerBatch, int rounds) {
    int runs = ((runsPerBatch + threads - 1) / threads) * threads;
    batch(params, threads, threads * 2, 0);
    double[] one = new double[rounds];
    double[] all = new double[rounds];
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      one[r] = batch(params, 1, runs, 1000 + r * runs);
      all[r] = batch(params, threads, runs, 1000 + r * runs);
      ratios[r] = all[r] / one[r];
    }
    return new Result(threads, median(one), median(all), median(ratios), ratios);
  }

  /** Runs per second of a batch of runs spread over threads. */
  private static double batch(Params params, int threads, int runs, long seedBase) {
    long start = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      Thread w = new Thread(() -> {
        for (int k = first; k < runs; k += threads) {
          new CityModel(params, seedBase + k).runToEnd();
        }
      }, "gapfill-bench-" + t);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return runs / ((System.nanoTime() - start) / 1e9);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
