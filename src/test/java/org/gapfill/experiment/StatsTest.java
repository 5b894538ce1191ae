package org.gapfill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {
  private static final double EPS = 1e-12;

  @Test
  void oneToFive() {
    double[] v = {1, 2, 3, 4, 5};
    double sd = Math.sqrt(2.5);
    assertEquals(3, Stats.mean(v), EPS);
    assertEquals(sd, Stats.sd(v), EPS);
    assertEquals(2.7764451051977987 * sd / Math.sqrt(5), Stats.halfWidth95(v), 1e-9);
    Stats.Summary s = Stats.of(v);
    assertEquals(5, s.n());
    assertEquals(3 - s.halfWidth(), s.ciLow(), EPS);
    assertEquals(3 + s.halfWidth(), s.ciHigh(), EPS);
  }

  @Test
  void tQuantilesMatchTables() {
    // Reference values from scipy.stats.t.ppf(0.975, df).
    assertEquals(12.706204736174694, Stats.tQuantile975(1), 1e-9);
    assertEquals(2.7764451051977934, Stats.tQuantile975(4), 1e-9);
    assertEquals(2.262157162798205, Stats.tQuantile975(9), 1e-9);
    // Beyond the precomputed table the quantile is computed on demand.
    assertEquals(1.9623390808264083, Stats.tQuantile975(1000), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> Stats.tQuantile975(0));
  }

  @Test
  void nanValuesAreSkipped() {
    double[] v = {Double.NaN, 2, 4, Double.NaN};
    Stats.Summary s = Stats.of(v);
    assertEquals(2, s.n());
    assertEquals(3, s.mean(), EPS);
    assertEquals(Math.sqrt(2), s.sd(), EPS);
    assertEquals(12.706204736174694 * Math.sqrt(2) / Math.sqrt(2), s.halfWidth(), 1e-9);
  }

  @Test
  void oneValueGivesAZeroWidthInterval() {
    Stats.Summary s = Stats.of(new double[] {0.25});
    assertEquals(0.25, s.mean(), 0);
    assertEquals(0, s.sd(), 0);
    assertEquals(0.25, s.ciLow(), 0);
    assertEquals(0.25, s.ciHigh(), 0);
  }

  @Test
  void noValuesGiveNaN() {
    Stats.Summary s = Stats.of(new double[] {Double.NaN});
    assertEquals(0, s.n());
    assertTrue(Double.isNaN(s.mean()));
    assertTrue(Double.isNaN(s.sd()));
    assertTrue(Double.isNaN(s.ciLow()));
  }
}
