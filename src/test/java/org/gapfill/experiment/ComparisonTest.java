package org.gapfill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.policy.PolicyEvent;
import org.gapfill.output.ComparisonWriter;
import org.junit.jupiter.api.Test;

/** The statistics of a comparison, against hand computations. */
class ComparisonTest {

  @Test
  void cohensDUsesThePooledStandardDeviation() {
    double[] base = {1, 2, 3};
    double[] alt = {3, 4, 5};
    // Both sd = 1, pooled sd = 1, difference of means = 2.
    assertEquals(2.0, Comparison.cohensD(base, alt), 1e-12);
    assertTrue(Double.isNaN(Comparison.cohensD(new double[] {1, 1}, new double[] {2, 2})));
  }

  @Test
  void welchMatchesItsFormula() {
    double[] a = {1, 2, 3, 4};
    double[] b = {2, 4, 6, 8, 10};
    double va = 5.0 / 3;
    double vb = 10;
    double se = Math.sqrt(va / 4 + vb / 5);
    double t = (6 - 2.5) / se;
    double df = Math.pow(va / 4 + vb / 5, 2)
        / (Math.pow(va / 4, 2) / 3 + Math.pow(vb / 5, 2) / 4);
    double p = 2 * (1 - new TDistribution(df).cumulativeProbability(t));
    assertEquals(p, Comparison.welch(a, b), 1e-10);
    assertEquals(1.0, Comparison.welch(new double[] {2, 2}, new double[] {2, 2}));
    assertEquals(0.0, Comparison.welch(new double[] {2, 2}, new double[] {3, 3}));
  }

  @Test
  void pairedDifferencesHaveATIntervalAndBaseRowsHaveNone() {
    Params base = DefaultCity.params();
    base.scale = 0.05;
    base.horizonWeeks = 60;
    Params alt = base.copy();
    alt.events.add(new PolicyEvent.SetDiscretion(5, 0.0));
    List<List<ReplicateResult>> runs = Branches.run(List.of(base, alt), 4, null, 2, Progress.NONE);
    List<Comparison.Row> rows = Comparison.compare(List.of("base", "alt"), runs);
    assertEquals(2 * Comparison.metrics().size(), rows.size());
    Comparison.Row unmetAlt = rows.stream()
        .filter(r -> r.metric().equals("unmetNeed") && r.scenario().equals("alt")).findFirst().get();
    double[] b = Comparison.values(runs.get(0), Metric.UNMET_NEED);
    double[] a = Comparison.values(runs.get(1), Metric.UNMET_NEED);
    double[] d = new double[4];
    for (int k = 0; k < 4; k++) {
      d[k] = a[k] - b[k];
    }
    double half = new TDistribution(3).inverseCumulativeProbability(0.975) * Stats.sd(d) / 2;
    assertEquals(Stats.mean(d), unmetAlt.diff(), 1e-12);
    assertEquals(Stats.mean(d) - half, unmetAlt.diffCiLow(), 1e-9);
    assertEquals(Stats.mean(d) + half, unmetAlt.diffCiHigh(), 1e-9);
    String csv = ComparisonWriter.csv(rows);
    assertTrue(csv.startsWith(String.join(",", ComparisonWriter.COLUMNS) + "\n"), csv);
    assertTrue(csv.contains("\nunmetNeed,base,"), csv);
    assertTrue(csv.lines().filter(l -> l.startsWith("unmetNeed,base,")).findFirst().get()
        .endsWith(",,,,,,"), "no differences on the base row");
  }
}
