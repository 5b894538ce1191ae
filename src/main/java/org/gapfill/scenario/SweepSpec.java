package org.gapfill.scenario;

import java.util.List;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;

/**
 * A sweep file, read and checked: the base scenario, the design over parameter paths, the
 * replicates per point and the summary metrics to keep.
 *
 * @param hash SHA-256 of the sweep file's bytes, so shards of different files cannot be merged
 */
public record SweepSpec(String file, String hash, Params base, Method method, int samples,
    long designSeed, int replicates, List<Parameter> parameters, List<Metric> metrics) {

  /** How design points are drawn. */
  public enum Method {
    GRID, LHS, SOBOL, RANDOM;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One swept parameter: a range (with {@code steps} for a grid) or a list of values.
   *
   * @param whole whether the path takes whole numbers (drawn values are rounded)
   */
  public record Parameter(String path, double min, double max, int steps, List<String> values,
      boolean whole) {
    /** Whether the parameter takes listed values rather than a range. */
    public boolean listed() {
      return values != null;
    }
  }
}
