package org.gapfill.experiment;

import java.util.ArrayList;
import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.scenario.Overrides;
import org.gapfill.scenario.ScenarioException;
import org.gapfill.scenario.ScenarioWriter;

/**
 * The model as a function for sensitivity analysis: parameter values in, summary metrics out
 * (each the mean over the last 52 weeks, averaged over replicates). Every point uses the same
 * replicate seeds (common random numbers), so differences between points are the parameters'.
 */
public final class ModelFunction {
  private final Params base;
  private final List<String> paths;
  private final List<Boolean> whole;
  private final List<Metric> metrics;
  private final int replicates;

  public ModelFunction(Params base, List<String> paths, List<Boolean> whole, List<Metric> metrics,
      int replicates) {
    this.base = base.copy();
    this.paths = List.copyOf(paths);
    this.whole = List.copyOf(whole);
    this.metrics = List.copyOf(metrics);
    this.replicates = replicates;
  }

  /** The values set at a point, as text (whole-number paths rounded). */
  public List<String> values(double[] x) {
    List<String> out = new ArrayList<>();
    for (int d = 0; d < x.length; d++) {
      out.add(ScenarioWriter.number(whole.get(d) ? Math.round(x[d]) : x[d]));
    }
    return out;
  }

  /** The metrics at a point. */
  public double[] evaluate(double[] x) {
    Params p = base.copy();
    List<String> values = values(x);
    for (int d = 0; d < x.length; d++) {
      try {
        Overrides.apply(p, paths.get(d) + "=" + values.get(d));
      } catch (ScenarioException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    double[] out = new double[metrics.size()];
    for (int r = 1; r <= replicates; r++) {
      CityModel model = new CityModel(p, Seeds.replicateSeed(base.seed, r));
      model.runToEnd();
      for (int m = 0; m < out.length; m++) {
        out[m] += model.recorder().meanOfLast(metrics.get(m), Sweep.SUMMARY_WEEKS) / replicates;
      }
    }
    return out;
  }
}
