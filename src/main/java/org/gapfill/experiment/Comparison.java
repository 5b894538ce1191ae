package org.gapfill.experiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.gapfill.model.metrics.Metric;

/**
 * Compares scenarios run on common random numbers: for every metric (its mean over the last 52
 * weeks of each replicate), each scenario's mean and 95% CI, and for each alternative the paired
 * difference to the base with its 95% CI, Welch's t-test and Mann–Whitney p-values and Cohen's
 * d (the difference over the pooled standard deviation).
 */
public final class Comparison {
  /** Weeks the per-replicate value of a metric averages over. */
  public static final int SUMMARY_WEEKS = 52;

  /** One row of comparison.csv; the difference fields are NaN on the base's rows. */
  public record Row(String metric, String scenario, Stats.Summary level, double diff,
      double diffCiLow, double diffCiHigh, double pWelch, double pMannWhitney, double effectSize) {
  }

  private Comparison() {
  }

  /** The metrics compared: every column but the week. */
  public static List<Metric> metrics() {
    List<Metric> out = new ArrayList<>();
    for (Metric m : Metric.values()) {
      if (m != Metric.WEEK) {
        out.add(m);
      }
    }
    return out;
  }

  /** Per replicate, the mean of a metric over the last 52 weeks. */
  public static double[] values(List<ReplicateResult> results, Metric m) {
    double[] v = new double[results.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = results.get(k).recorder().meanOfLast(m, SUMMARY_WEEKS);
    }
    return v;
  }

  /** Rows for every metric and scenario; scenario 0 is the base. */
  public static List<Row> compare(List<String> names, List<List<ReplicateResult>> results) {
    List<Row> rows = new ArrayList<>();
    for (Metric m : metrics()) {
      double[] base = values(results.get(0), m);
      for (int s = 0; s < names.size(); s++) {
        double[] v = values(results.get(s), m);
        if (s == 0) {
          rows.add(new Row(m.column(), names.get(s), Stats.of(v), Double.NaN, Double.NaN,
              Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        } else {
          rows.add(against(m.column(), names.get(s), base, v));
        }
      }
    }
    return rows;
  }

  private static Row against(String metric, String name, double[] base, double[] alt) {
    double[] diff = new double[alt.length];
    for (int k = 0; k < alt.length; k++) {
      diff[k] = alt[k] - base[k];
    }
    Stats.Summary d = Stats.of(diff);
    return new Row(metric, name, Stats.of(alt), d.mean(), d.ciLow(), d.ciHigh(),
        welch(base, alt), mannWhitney(base, alt), cohensD(base, alt));
  }

  /** Two-sided Welch t-test p; 1 or 0 when both samples are constant (equal or not). */
  static double welch(double[] a, double[] b) {
    if (a.length < 2 || b.length < 2) {
      return Double.NaN;
    }
    if (Stats.sd(a) == 0 && Stats.sd(b) == 0) {
      return Stats.mean(a) == Stats.mean(b) ? 1 : 0;
    }
    return new TTest().tTest(a, b);
  }

  /** Two-sided Mann–Whitney U p (normal approximation). */
  static double mannWhitney(double[] a, double[] b) {
    if (a.length < 2 || b.length < 2) {
      return Double.NaN;
    }
    return new MannWhitneyUTest().mannWhitneyUTest(a, b);
  }

  /** Cohen's d: difference of means over the pooled standard deviation (NaN when it is 0). */
  static double cohensD(double[] base, double[] alt) {
    int n1 = base.length;
    int n2 = alt.length;
    if (n1 < 2 || n2 < 2) {
      return Double.NaN;
    }
    double s1 = Stats.sd(base);
    double s2 = Stats.sd(alt);
    double pooled = Math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2));
    return pooled == 0 ? Double.NaN : (Stats.mean(alt) - Stats.mean(base)) / pooled;
  }
}
