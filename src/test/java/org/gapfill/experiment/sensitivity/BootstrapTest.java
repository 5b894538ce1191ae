package org.gapfill.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  private static final double EPS = 1e-12;

  @Test
  void percentilesInterpolateBetweenOrderStatistics() {
    // 0, 1, ..., 100: the type-7 q-quantile is exactly 100q.
    double[] values = IntStream.rangeClosed(0, 100).asDoubleStream().toArray();
    Estimate estimate = Bootstrap.percentileInterval(50, values);
    assertEquals(2.5, estimate.ciLow(), EPS);
    assertEquals(97.5, estimate.ciHigh(), EPS);
    assertEquals(50, estimate.estimate(), 0);
    assertEquals(95, estimate.width(), EPS);
  }

  @Test
  void unsortedInputIsSortedFirst() {
    Estimate estimate = Bootstrap.percentileInterval(0, new double[] {3, 1, 2});
    // h = 2 × 0.025 = 0.05 and 2 × 0.975 = 1.95 on the sorted values 1, 2, 3.
    assertEquals(1.05, estimate.ciLow(), EPS);
    assertEquals(2.95, estimate.ciHigh(), EPS);
  }

  @Test
  void nanReplicatesAreDropped() {
    Estimate estimate = Bootstrap.percentileInterval(1, new double[] {Double.NaN, 4, 4, Double.NaN});
    assertEquals(4, estimate.ciLow(), 0);
    assertEquals(4, estimate.ciHigh(), 0);
    Estimate none = Bootstrap.percentileInterval(1, new double[] {Double.NaN});
    assertTrue(Double.isNaN(none.ciLow()) && Double.isNaN(none.ciHigh()));
  }

  @Test
  void designAndBootstrapStreamsDiffer() {
    long seed = 1;
    assertNotEquals(Bootstrap.designStream(seed).nextLong(), Bootstrap.bootstrapStream(seed).nextLong());
    assertEquals(Bootstrap.bootstrapStream(seed).nextLong(), Bootstrap.bootstrapStream(seed).nextLong());
  }

  @Test
  void resamplesStayInRange() {
    int[] rows = new int[50];
    Bootstrap.resample(Bootstrap.bootstrapStream(3), rows);
    for (int row : rows) {
      assertTrue(row >= 0 && row < rows.length);
    }
  }

  @Test
  void estimateContainsWithTolerance() {
    Estimate estimate = new Estimate(1, 0.5, 1.5);
    assertTrue(estimate.contains(1.5, 0));
    assertTrue(estimate.contains(1.6, 0.2));
    assertTrue(!estimate.contains(1.6, 0.05));
    assertTrue(!estimate.contains(0.4, 0.05));
  }
}
