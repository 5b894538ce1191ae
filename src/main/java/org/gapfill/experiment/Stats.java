package org.gapfill.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and the 95% Student-t confidence interval of a sample, as
 * reported across replicates. NaN values are skipped; an empty sample gives NaN everywhere.
 */
public final class Stats {
  /** Two-sided 95%: the upper 97.5% quantile. */
  private static final double UPPER_QUANTILE = 0.975;
  /** Degrees of freedom whose quantile is computed once, up front (replicate counts in practice). */
  private static final int TABLED_DF = 200;
  private static final double[] T_975 = quantileTable();

  private Stats() {
  }

  /** The summary of a sample: size (NaNs skipped), mean, sd and the interval half-width. */
  public record Summary(int n, double mean, double sd, double halfWidth) {
    /** Lower end of the 95% confidence interval. */
    public double ciLow() {
      return mean - halfWidth;
    }

    /** Upper end of the 95% confidence interval. */
    public double ciHigh() {
      return mean + halfWidth;
    }
  }

  /** Summarises a sample. */
  public static Summary of(double[] values) {
    int n = count(values);
    double mean = mean(values);
    double sd = sd(values);
    double halfWidth = n < 2 ? (n == 0 ? Double.NaN : 0) : tQuantile975(n - 1) * sd / Math.sqrt(n);
    return new Summary(n, mean, sd, halfWidth);
  }

  /** The mean of the non-NaN values, NaN when there are none. */
  public static double mean(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * The sample standard deviation (divisor n − 1) of the non-NaN values; 0 for one value (so a
   * single replicate shows a zero-width interval), NaN for none.
   */
  public static double sd(double[] values) {
    int n = count(values);
    if (n < 2) {
      return n == 0 ? Double.NaN : 0;
    }
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        squares += (v - mean) * (v - mean);
      }
    }
    return Math.sqrt(squares / (n - 1));
  }

  /** Half-width of the 95% Student-t confidence interval of the mean (df = n − 1). */
  public static double halfWidth95(double[] values) {
    return of(values).halfWidth();
  }

  /** The 97.5% quantile of Student's t with {@code df} degrees of freedom. */
  public static double tQuantile975(int df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
    }
    return df <= TABLED_DF ? T_975[df] : quantile(df);
  }

  private static int count(double[] values) {
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** Quantiles are computed iteratively; a results file needs one per cell, so they are tabled. */
  private static double[] quantileTable() {
    double[] table = new double[TABLED_DF + 1];
    table[0] = Double.NaN;
    for (int df = 1; df <= TABLED_DF; df++) {
      table[df] = quantile(df);
    }
    return table;
  }

  private static double quantile(int df) {
    // No random generator: the distribution is only inverted, never sampled.
    return new TDistribution(null, df).inverseCumulativeProbability(UPPER_QUANTILE);
  }
}
