package org.gapfill.experiment.sensitivity;

/** Checks the outputs a caller hands back against the design they were evaluated on. */
final class Outputs {
  private Outputs() {
  }

  /**
   * Checks that there is one row per sample point, that every row has the same number (at
   * least one) of metrics and that all values are finite, and returns the metric count. A
   * non-finite output has no variance to decompose, so it is rejected rather than spread NaN
   * through every index; the caller can drop the metric or repair the run.
   */
  static int checkAndCountMetrics(double[][] outputs, int points) {
    if (outputs.length != points) {
      throw new IllegalArgumentException(
          "expected outputs for " + points + " sample points, got " + outputs.length);
    }
    int metrics = outputs[0].length;
    if (metrics == 0) {
      throw new IllegalArgumentException("outputs need at least one metric per point");
    }
    for (int i = 0; i < outputs.length; i++) {
      if (outputs[i].length != metrics) {
        throw new IllegalArgumentException("point " + i + " has " + outputs[i].length
            + " metrics, point 0 has " + metrics);
      }
      for (int m = 0; m < metrics; m++) {
        if (!Double.isFinite(outputs[i][m])) {
          throw new IllegalArgumentException(
              "output " + m + " of point " + i + " is not finite: " + outputs[i][m]);
        }
      }
    }
    return metrics;
  }
}
