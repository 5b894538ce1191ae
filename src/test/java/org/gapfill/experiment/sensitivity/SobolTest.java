package org.gapfill.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SobolTest {
  private static final long SEED = 20240611L;
  /** 2^13 base samples, as Saltelli et al. (2010) use for Ishigami-sized problems. */
  private static final int N = 1 << 13;
  /** A quarter of N, for the interval-width comparison. */
  private static final int QUARTER_N = N / 4;
  private static final int REPLICATES = 500;
  /** How far an analytic value may lie outside the bootstrap interval. */
  private static final double CI_SLACK = 0.02;
  /** How far a point estimate may lie from the analytic value. */
  private static final double ESTIMATE_TOLERANCE = 0.03;
  /** Indices below this are "tiny" in the g-function check. */
  private static final double TINY = 0.05;
  /**
   * Absolute tolerance for tiny indices: tighter than {@link #ESTIMATE_TOLERANCE} in absolute
   * terms, looser in relative terms (the a = 99 inputs have indices near 1e-4).
   */
  private static final double TINY_TOLERANCE = 0.01;
  /** Four times the samples should roughly halve an interval; allow for bootstrap noise. */
  private static final double MAX_WIDTH_RATIO = 0.75;
  /** Indices are invariant under f → scale·f + shift; only rounding may differ. */
  private static final double AFFINE_TOLERANCE = 1e-9;
  private static final double SCALE = 2.5;
  private static final double SHIFT = 1e4;
  private static final int FIRST = 0;
  private static final int TOTAL = 1;

  private static Sobol.Result ishigami;
  private static Sobol.Result ishigamiQuarter;

  @BeforeAll
  static void analyseIshigami() {
    ishigami = analyseIshigami(N);
    ishigamiQuarter = analyseIshigami(QUARTER_N);
  }

  private static Sobol.Result analyseIshigami(int baseSamples) {
    Sobol sobol = Sobol.builder(TestFunctions.ishigamiSpace(), baseSamples, SEED)
        .bootstrapReplicates(REPLICATES).build();
    return sobol.analyse(TestFunctions.evaluate(sobol.samplePoints(), TestFunctions::ishigami));
  }

  @Test
  void ishigamiMatchesAnalyticIndices() {
    double[][] analytic = TestFunctions.ishigamiIndices();
    for (int i = 0; i < 3; i++) {
      assertClose(analytic[FIRST][i], ishigami.firstOrder().get(0, i), ESTIMATE_TOLERANCE, "S" + (i + 1));
      assertClose(analytic[TOTAL][i], ishigami.total().get(0, i), ESTIMATE_TOLERANCE, "ST" + (i + 1));
    }
  }

  @Test
  void intervalsShrinkWithFourTimesTheSamples() {
    for (int i = 0; i < 3; i++) {
      assertNarrower(ishigami.firstOrder().get(0, i), ishigamiQuarter.firstOrder().get(0, i), "S" + (i + 1));
      assertNarrower(ishigami.total().get(0, i), ishigamiQuarter.total().get(0, i), "ST" + (i + 1));
    }
  }

  @Test
  void gFunctionMatchesAnalyticIndices() {
    ParameterSpace space = TestFunctions.unitSpace(TestFunctions.G_COEFFICIENTS.length);
    Sobol sobol = Sobol.builder(space, N, SEED).bootstrapReplicates(REPLICATES).build();
    Sobol.Result result =
        sobol.analyse(TestFunctions.evaluate(sobol.samplePoints(), TestFunctions::gFunction));
    double[][] analytic = TestFunctions.gIndices();
    for (int i = 0; i < space.size(); i++) {
      assertClose(analytic[FIRST][i], result.firstOrder().get(0, i), tolerance(analytic[FIRST][i]),
          "S" + (i + 1));
      assertClose(analytic[TOTAL][i], result.total().get(0, i), tolerance(analytic[TOTAL][i]),
          "ST" + (i + 1));
    }
    // Smaller a means more important: the first four total indices must come out in that order.
    double[] total = result.total().estimates(0);
    for (int i = 0; i < 3; i++) {
      assertTrue(total[i] > total[i + 1], "ST" + (i + 1) + " > ST" + (i + 2));
    }
  }

  @Test
  void metricsAreAnalysedTogetherAndIndependently() {
    Sobol sobol = Sobol.builder(TestFunctions.ishigamiSpace(), QUARTER_N, SEED)
        .bootstrapReplicates(REPLICATES).build();
    List<double[]> points = sobol.samplePoints();
    double[][] outputs = new double[points.size()][];
    for (int j = 0; j < outputs.length; j++) {
      double f = TestFunctions.ishigami(points.get(j));
      outputs[j] = new double[] {f, SCALE * f + SHIFT, points.get(j)[2]};
    }
    Sobol.Result result = sobol.analyse(outputs);
    assertEquals(3, result.firstOrder().metricCount());
    for (int i = 0; i < 3; i++) {
      assertSame(result.firstOrder().get(0, i), result.firstOrder().get(1, i));
      assertSame(result.total().get(0, i), result.total().get(1, i));
    }
    // The third metric is x3 alone: additive in x3, so S3 = ST3 = 1 and the others 0.
    assertEquals(1, result.firstOrder().get(2, 2).estimate(), ESTIMATE_TOLERANCE);
    assertEquals(1, result.total().get(2, 2).estimate(), ESTIMATE_TOLERANCE);
    assertEquals(0, result.total().get(2, 0).estimate(), 0);
    assertEquals(0, result.total().get(2, 1).estimate(), 0);
  }

  @Test
  void designHasABAndTheMixedMatricesInRowOrder() {
    ParameterSpace space = ParameterSpace.of(new Parameter("p", 10, 20), new Parameter("q", -1, 1));
    int k = space.size();
    Sobol sobol = Sobol.builder(space, QUARTER_N, SEED).build();
    List<double[]> points = sobol.samplePoints();
    assertEquals(QUARTER_N * (k + 2), points.size());
    assertEquals(points.size(), sobol.pointCount());
    for (int j = 0; j < QUARTER_N; j++) {
      double[] a = points.get(j * (k + 2));
      double[] b = points.get(j * (k + 2) + k + 1);
      for (int i = 0; i < k; i++) {
        double[] mixed = points.get(j * (k + 2) + 1 + i);
        for (int c = 0; c < k; c++) {
          assertEquals(c == i ? b[c] : a[c], mixed[c], 0, "AB_" + i + " row " + j + " column " + c);
        }
      }
      for (int c = 0; c < k; c++) {
        assertTrue(a[c] >= space.get(c).min() && a[c] <= space.get(c).max());
        assertTrue(b[c] >= space.get(c).min() && b[c] <= space.get(c).max());
      }
    }
  }

  @Test
  void originOfTheSequenceIsSkipped() {
    ParameterSpace space = ParameterSpace.of(new Parameter("p", 10, 20), new Parameter("q", -1, 1));
    List<double[]> points = Sobol.builder(space, QUARTER_N, SEED).build().samplePoints();
    // A Sobol' sequence runs 0, 1/2, ... in every coordinate; without the origin, A and B start
    // at the middle of every range.
    assertArrayEquals(new double[] {15, 0}, points.get(0), 0);
    assertArrayEquals(new double[] {15, 0}, points.get(space.size() + 1), 0);
  }

  @Test
  void constantMetricGivesNaNIndices() {
    Sobol sobol = Sobol.builder(TestFunctions.unitSpace(2), QUARTER_N, SEED)
        .bootstrapReplicates(REPLICATES).build();
    Sobol.Result result = sobol.analyse(TestFunctions.evaluate(sobol.samplePoints(), x -> 3));
    assertTrue(Double.isNaN(result.firstOrder().get(0, 0).estimate()));
    assertTrue(Double.isNaN(result.total().get(0, 1).ciHigh()));
  }

  @Test
  void rejectsBadSettingsAndOutputs() {
    ParameterSpace space = TestFunctions.unitSpace(2);
    assertThrows(IllegalArgumentException.class, () -> Sobol.builder(space, 1, SEED));
    assertThrows(IllegalArgumentException.class, () -> Sobol.builder(null, N, SEED));
    assertThrows(IllegalArgumentException.class, () -> Sobol.builder(TestFunctions.unitSpace(501), N, SEED));
    assertThrows(IllegalArgumentException.class,
        () -> Sobol.builder(space, N, SEED).bootstrapReplicates(0));
    Sobol sobol = Sobol.builder(space, 4, SEED).build();
    int points = sobol.pointCount();
    assertThrows(IllegalArgumentException.class, () -> sobol.analyse(new double[points - 1][1]));
    double[][] ragged = new double[points][1];
    ragged[points - 1] = new double[2];
    assertThrows(IllegalArgumentException.class, () -> sobol.analyse(ragged));
    double[][] notFinite = new double[points][1];
    notFinite[1][0] = Double.NaN;
    assertThrows(IllegalArgumentException.class, () -> sobol.analyse(notFinite));
  }

  private static double tolerance(double analytic) {
    return analytic < TINY ? TINY_TOLERANCE : ESTIMATE_TOLERANCE;
  }

  private static void assertClose(double analytic, Estimate estimate, double tolerance, String name) {
    assertEquals(analytic, estimate.estimate(), tolerance, name + " estimate");
    assertTrue(estimate.contains(analytic, CI_SLACK),
        name + " = " + analytic + " outside " + estimate + " ± " + CI_SLACK);
  }

  private static void assertSame(Estimate expected, Estimate actual) {
    assertEquals(expected.estimate(), actual.estimate(), AFFINE_TOLERANCE);
    assertEquals(expected.ciLow(), actual.ciLow(), AFFINE_TOLERANCE);
    assertEquals(expected.ciHigh(), actual.ciHigh(), AFFINE_TOLERANCE);
  }

  private static void assertNarrower(Estimate more, Estimate fewer, String name) {
    assertTrue(more.width() < MAX_WIDTH_RATIO * fewer.width(),
        name + ": width " + more.width() + " with N, " + fewer.width() + " with N/4");
  }
}
