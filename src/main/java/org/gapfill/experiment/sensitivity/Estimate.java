package org.gapfill.experiment.sensitivity;

/**
 * A sensitivity index: its point estimate and the bounds of its 95% bootstrap percentile
 * interval. The interval need not contain the estimate (percentile intervals are not centred).
 */
public record Estimate(double estimate, double ciLow, double ciHigh) {
  /** The width of the interval, {@code ciHigh − ciLow}. */
  public double width() {
    return ciHigh - ciLow;
  }

  /** Whether a value lies in the interval widened by {@code tolerance} on each side. */
  public boolean contains(double value, double tolerance) {
    return value >= ciLow - tolerance && value <= ciHigh + tolerance;
  }
}
