package org.gapfill.experiment;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.gapfill.scenario.ScenarioWriter;
import org.gapfill.scenario.SweepSpec;

/**
 * The design points of a sweep, as the values to set on each parameter path, in the order they
 * are run: grids and Latin hypercubes are reordered farthest point first, Sobol points keep
 * their low-discrepancy order, so a sweep stopped early still covers the space evenly.
 */
public final class Design {
  /** Above this many points the quadratic farthest-point ordering gives way to a shuffle. */
  private static final int MAX_ORDERED = 5000;

  private Design() {
  }

  /** The points; each is one value (as text) per parameter, in parameter order. */
  public static List<List<String>> points(SweepSpec spec) {
    List<double[]> unit;
    switch (spec.method()) {
      case GRID:
        return grid(spec);
      case LHS:
        unit = farthestFirst(lhs(spec));
        break;
      case SOBOL:
        unit = sobol(spec);
        break;
      default:
        unit = random(spec);
    }
    List<List<String>> out = new ArrayList<>();
    for (double[] u : unit) {
      List<String> values = new ArrayList<>();
      for (int d = 0; d < u.length; d++) {
        values.add(value(spec.parameters().get(d), u[d]));
      }
      out.add(values);
    }
    return out;
  }

  /** The value of a parameter at a unit coordinate u in [0, 1). */
  static String value(SweepSpec.Parameter p, double u) {
    if (p.listed()) {
      return p.values().get(Math.min(p.values().size() - 1, (int) (u * p.values().size())));
    }
    double v = p.min() + u * (p.max() - p.min());
    return ScenarioWriter.number(p.whole() ? Math.round(v) : v);
  }

  private static List<List<String>> grid(SweepSpec spec) {
    List<List<String>> axes = new ArrayList<>();
    for (SweepSpec.Parameter p : spec.parameters()) {
      List<String> axis = new ArrayList<>();
      if (p.listed()) {
        axis.addAll(p.values());
      } else {
        for (int s = 0; s < p.steps(); s++) {
          double v = p.min() + (p.max() - p.min()) * s / (p.steps() - 1);
          String text = ScenarioWriter.number(p.whole() ? Math.round(v) : v);
          if (!axis.contains(text)) {
            axis.add(text);
          }
        }
      }
      axes.add(axis);
    }
    List<int[]> cells = new ArrayList<>();
    cartesian(axes, 0, new int[axes.size()], cells);
    List<double[]> unit = new ArrayList<>();
    for (int[] c : cells) {
      double[] u = new double[c.length];
      for (int d = 0; d < c.length; d++) {
        u[d] = axes.get(d).size() == 1 ? 0.5 : (double) c[d] / (axes.get(d).size() - 1);
      }
      unit.add(u);
    }
    List<Integer> order = farthestFirstOrder(unit, spec.designSeed());
    List<List<String>> out = new ArrayList<>();
    for (int k : order) {
      List<String> values = new ArrayList<>();
      for (int d = 0; d < axes.size(); d++) {
        values.add(axes.get(d).get(cells.get(k)[d]));
      }
      out.add(values);
    }
    return out;
  }

  private static void cartesian(List<List<String>> axes, int d, int[] current, List<int[]> out) {
    if (d == axes.size()) {
      out.add(current.clone());
      return;
    }
    for (int k = 0; k < axes.get(d).size(); k++) {
      current[d] = k;
      cartesian(axes, d + 1, current, out);
    }
  }

  /** Latin hypercube: each dimension's n strata are each hit once, at a random place. */
  private static List<double[]> lhs(SweepSpec spec) {
    int n = spec.samples();
    int k = spec.parameters().size();
    MersenneTwisterFast random = new MersenneTwisterFast(spec.designSeed());
    double[][] u = new double[n][k];
    for (int d = 0; d < k; d++) {
      int[] strata = new int[n];
      for (int i = 0; i < n; i++) {
        strata[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = strata[i];
        strata[i] = strata[j];
        strata[j] = t;
      }
      for (int i = 0; i < n; i++) {
        u[i][d] = (strata[i] + random.nextDouble()) / n;
      }
    }
    List<double[]> out = new ArrayList<>();
    for (double[] row : u) {
      out.add(row);
    }
    return out;
  }

  /** Sobol points, skipping the first (the origin, which sits on every range's minimum). */
  private static List<double[]> sobol(SweepSpec spec) {
    SobolSequenceGenerator g = new SobolSequenceGenerator(spec.parameters().size());
    g.nextVector();
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < spec.samples(); i++) {
      out.add(g.nextVector());
    }
    return out;
  }

  private static List<double[]> random(SweepSpec spec) {
    MersenneTwisterFast random = new MersenneTwisterFast(spec.designSeed());
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < spec.samples(); i++) {
      double[] u = new double[spec.parameters().size()];
      for (int d = 0; d < u.length; d++) {
        u[d] = random.nextDouble();
      }
      out.add(u);
    }
    return out;
  }

  private static List<double[]> farthestFirst(List<double[]> points) {
    List<double[]> out = new ArrayList<>();
    for (int k : farthestFirstOrder(points, 1)) {
      out.add(points.get(k));
    }
    return out;
  }

  /**
   * Greedy maximin order: the first point, then always the point farthest from those already
   * taken; large designs are shuffled instead (the quadratic cost would dominate).
   */
  static List<Integer> farthestFirstOrder(List<double[]> points, long seed) {
    int n = points.size();
    List<Integer> order = new ArrayList<>();
    if (n > MAX_ORDERED) {
      int[] idx = new int[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      org.gapfill.model.Draw.shuffle(new MersenneTwisterFast(seed), idx, n);
      for (int i : idx) {
        order.add(i);
      }
      return order;
    }
    double[] nearest = new double[n];
    java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    boolean[] taken = new boolean[n];
    int next = 0;
    for (int step = 0; step < n; step++) {
      taken[next] = true;
      order.add(next);
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          nearest[i] = Math.min(nearest[i], distance(points.get(i), points.get(next)));
          if (best < 0 || nearest[i] > nearest[best]) {
            best = i;
          }
        }
      }
      next = best;
    }
    return order;
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += (a[d] - b[d]) * (a[d] - b[d]);
    }
    return s;
  }
}
