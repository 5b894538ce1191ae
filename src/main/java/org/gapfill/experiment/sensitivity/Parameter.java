package org.gapfill.experiment.sensitivity;

import java.util.Objects;

/** One input factor of a sensitivity analysis: a name and the closed range it is varied over. */
public record Parameter(String name, double min, double max) {
  /** Rejects a missing name and empty, reversed or infinite ranges. */
  public Parameter {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
      throw new IllegalArgumentException(
          "parameter " + name + " needs finite min < max, got [" + min + ", " + max + "]");
    }
  }

  /** The width of the range, {@code max − min}. */
  public double width() {
    return max - min;
  }

  /** The value a fraction {@code unit} of the way through the range: 0 gives min, 1 gives max. */
  public double fromUnit(double unit) {
    // The end points are returned exactly so that a design's corners stay inside the range.
    if (unit == 1) {
      return max;
    }
    return min + unit * width();
  }
}
