package org.gapfill.report;

import org.apache.commons.math3.distribution.TDistribution;

/** A mean with its 95% Student-t confidence interval over replicates (no interval when n < 2). */
public record Estimate(double mean, double ciLow, double ciHigh, int n) {

  /** The mean and 95% CI of the finite values. */
  public static Estimate of(double[] values) {
    int n = 0;
    double sum = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        n++;
        sum += v;
      }
    }
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double mean = sum / n;
    if (n < 2) {
      return new Estimate(mean, Double.NaN, Double.NaN, n);
    }
    double ss = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975)
        * Math.sqrt(ss / (n - 1) / n);
    return new Estimate(mean, mean - half, mean + half, n);
  }

  /** Whether an interval exists. */
  public boolean hasInterval() {
    return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
  }
}
