package org.gapfill.experiment.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Bootstrap helpers shared by the methods: independent random streams for a design and its
 * bootstrap, resampling with replacement, and percentile intervals.
 */
final class Bootstrap {
  /** Lower tail of a two-sided 95% interval. */
  static final double LOWER_QUANTILE = 0.025;
  /** Upper tail of a two-sided 95% interval. */
  static final double UPPER_QUANTILE = 0.975;
  /** Replicates used when the caller does not choose; enough for stable 95% percentiles. */
  static final int DEFAULT_REPLICATES = 1000;

  private Bootstrap() {
  }

  /**
   * The stream a design is drawn from. Design and bootstrap take separate streams split from
   * one root, so changing the bootstrap replicate count never changes the points.
   */
  static SplittableRandom designStream(long seed) {
    return new SplittableRandom(seed).split();
  }

  /** The stream bootstrap resamples are drawn from (the root's second split). */
  static SplittableRandom bootstrapStream(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    root.split();
    return root.split();
  }

  /** Fills {@code rows} with indices drawn uniformly, with replacement, from 0..rows.length−1. */
  static void resample(SplittableRandom random, int[] rows) {
    for (int i = 0; i < rows.length; i++) {
      rows[i] = random.nextInt(rows.length);
    }
  }

  /** The indices 0..n−1: the original sample, used for point estimates. */
  static int[] identity(int n) {
    int[] rows = new int[n];
    Arrays.setAll(rows, i -> i);
    return rows;
  }

  /** Checks a replicate count given by a caller. */
  static int checkReplicates(int replicates) {
    if (replicates < 1) {
      throw new IllegalArgumentException(
          "bootstrap replicates must be at least 1, got " + replicates);
    }
    return replicates;
  }

  /**
   * The estimate with the 2.5% and 97.5% percentiles of its replicates. Replicates that came out
   * NaN (a resample on which a metric did not vary) are dropped; if all are NaN so are the bounds.
   */
  static Estimate percentileInterval(double estimate, double[] replicates) {
    double[] finite = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (finite.length == 0) {
      return new Estimate(estimate, Double.NaN, Double.NaN);
    }
    return new Estimate(estimate,
        quantile(finite, LOWER_QUANTILE), quantile(finite, UPPER_QUANTILE));
  }

  /** The q-quantile of sorted values, interpolating between order statistics (R type 7). */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int below = (int) Math.floor(h);
    if (below >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
  }

  /**
   * Picks one kind of index out of replicates laid out as
   * {@code [replicate][kind][metric][parameter]}, giving {@code [replicate][metric][parameter]}
   * (the arrays are shared, not copied).
   */
  static double[][][] select(double[][][][] replicates, int kind) {
    double[][][] selected = new double[replicates.length][][];
    for (int b = 0; b < replicates.length; b++) {
      selected[b] = replicates[b][kind];
    }
    return selected;
  }

  /**
   * A table of estimates {@code [metric][parameter]}, each with the percentile interval of its
   * replicates {@code [replicate][metric][parameter]}.
   */
  static IndexTable table(double[][] estimates, double[][][] replicates) {
    Estimate[][] cells = new Estimate[estimates.length][estimates[0].length];
    double[] column = new double[replicates.length];
    for (int m = 0; m < estimates.length; m++) {
      for (int i = 0; i < estimates[m].length; i++) {
        for (int b = 0; b < replicates.length; b++) {
          column[b] = replicates[b][m][i];
        }
        cells[m][i] = percentileInterval(estimates[m][i], column);
      }
    }
    return new IndexTable(cells);
  }
}
