package org.gapfill.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class MorrisTest {
  private static final long SEED = 7L;
  private static final int TRAJECTORIES = 40;
  private static final int REPLICATES = 200;
  /** Exact in theory; only the rounding of grid coordinates and ranges remains. */
  private static final double ROUNDING = 1e-9;
  /** c_i of the linear function; the last parameter does not enter it. */
  private static final double[] COEFFICIENTS = {2, -3, 0.5, 0};
  private static final ParameterSpace LINEAR_SPACE = ParameterSpace.of(
      new Parameter("a", 0, 1), new Parameter("b", -1, 4),
      new Parameter("c", 10, 30), new Parameter("dummy", 0, 100));
  /** x1 in [1, 2] and x2 in [0, 1], so every |EE| of x2 is at least 1 and of x1 at most 1. */
  private static final ParameterSpace PRODUCT_SPACE = ParameterSpace.of(
      new Parameter("x1", 1, 2), new Parameter("x2", 0, 1), new Parameter("dummy", 0, 1));

  private static double linear(double[] x) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += COEFFICIENTS[i] * x[i];
    }
    return sum;
  }

  private static Morris.Result analyse(ParameterSpace space, ToDoubleFunction<double[]> f) {
    Morris morris = Morris.builder(space, TRAJECTORIES, SEED).bootstrapReplicates(REPLICATES).build();
    return morris.analyse(TestFunctions.evaluate(morris.samplePoints(), f));
  }

  @Test
  void linearEffectsAreCoefficientTimesRangeWidth() {
    Morris.Result result = analyse(LINEAR_SPACE, MorrisTest::linear);
    for (int i = 0; i < COEFFICIENTS.length; i++) {
      // Effects are per unit-space step, so a linear term changes by c_i per unit of x_i times
      // the range width: EE_i = c_i (max_i − min_i) at every point.
      double effect = COEFFICIENTS[i] * LINEAR_SPACE.get(i).width();
      assertDegenerate(Math.abs(effect), result.muStar().get(0, i), "mu* " + i);
      assertDegenerate(effect, result.mu().get(0, i), "mu " + i);
      assertDegenerate(0, result.sigma().get(0, i), "sigma " + i);
    }
  }

  @Test
  void linearRankingFollowsCoefficientTimesWidth() {
    double[] muStar = analyse(LINEAR_SPACE, MorrisTest::linear).muStar().estimates(0);
    for (int i = 0; i < COEFFICIENTS.length; i++) {
      for (int j = 0; j < COEFFICIENTS.length; j++) {
        double ei = Math.abs(COEFFICIENTS[i]) * LINEAR_SPACE.get(i).width();
        double ej = Math.abs(COEFFICIENTS[j]) * LINEAR_SPACE.get(j).width();
        if (ei > ej) {
          assertTrue(muStar[i] > muStar[j], "mu*[" + i + "] > mu*[" + j + "]");
        }
      }
    }
  }

  @Test
  void productHasInteractionsAndItsDummyHasNoEffect() {
    Morris.Result result = analyse(PRODUCT_SPACE, x -> x[0] * x[1]);
    // EE_1 = w_1 x_2 and EE_2 = w_2 x_1 vary with the other input, so both have σ > 0.
    assertTrue(result.sigma().get(0, 0).estimate() > 0, "sigma x1");
    assertTrue(result.sigma().get(0, 1).estimate() > 0, "sigma x2");
    // Effects that vary between trajectories give resamples that vary: a non-empty interval.
    assertTrue(result.muStar().get(0, 0).width() > 0, "mu* x1 interval");
    // |EE_1| = x_2 ≤ 1 ≤ x_1 = |EE_2|, with equality only at single grid corners.
    assertTrue(result.muStar().get(0, 1).estimate() > result.muStar().get(0, 0).estimate());
    assertDegenerate(0, result.muStar().get(0, 2), "mu* dummy");
    assertDegenerate(0, result.sigma().get(0, 2), "sigma dummy");
  }

  @Test
  void productEffectsAverageTheOtherInputOverItsVisitedLevels() {
    Morris morris = Morris.builder(PRODUCT_SPACE, TRAJECTORIES, SEED).bootstrapReplicates(REPLICATES).build();
    List<double[]> points = morris.samplePoints();
    Morris.Result result = morris.analyse(TestFunctions.evaluate(points, x -> x[0] * x[1]));
    // Along a step of x1, x2 is fixed; EE_1 = w_1 x2 = x2. So μ*_1 is the mean x2 at x1's steps.
    double sum = 0;
    for (int t = 0; t < TRAJECTORIES; t++) {
      for (int s = 0; s < PRODUCT_SPACE.size(); s++) {
        double[] from = points.get(t * (PRODUCT_SPACE.size() + 1) + s);
        double[] to = points.get(t * (PRODUCT_SPACE.size() + 1) + s + 1);
        if (from[0] != to[0]) {
          sum += from[1];
        }
      }
    }
    assertEquals(sum / TRAJECTORIES, result.muStar().get(0, 0).estimate(), ROUNDING);
  }

  @Test
  void severalMetricsAreAnalysedAtOnce() {
    Morris morris = Morris.builder(LINEAR_SPACE, TRAJECTORIES, SEED).bootstrapReplicates(REPLICATES).build();
    List<double[]> points = morris.samplePoints();
    double[][] outputs = new double[points.size()][];
    for (int j = 0; j < outputs.length; j++) {
      double[] x = points.get(j);
      outputs[j] = new double[] {linear(x), x[0] * x[1]};
    }
    Morris.Result result = morris.analyse(outputs);
    assertEquals(2, result.muStar().metricCount());
    assertEquals(LINEAR_SPACE.size(), result.muStar().parameterCount());
    assertDegenerate(Math.abs(COEFFICIENTS[1]) * LINEAR_SPACE.get(1).width(), result.muStar().get(0, 1), "linear");
    assertTrue(result.sigma().get(1, 0).estimate() > 0, "product sigma a");
    assertDegenerate(0, result.muStar().get(1, 2), "product mu* c");
  }

  @Test
  void trajectoriesMoveOneParameterAtATimeByDeltaOnTheGrid() {
    int k = LINEAR_SPACE.size();
    Morris morris = Morris.builder(LINEAR_SPACE, TRAJECTORIES, SEED).build();
    List<double[]> points = morris.samplePoints();
    assertEquals(TRAJECTORIES * (k + 1), points.size());
    assertEquals(2.0 / 3, morris.delta(), ROUNDING);
    for (int t = 0; t < TRAJECTORIES; t++) {
      boolean[] moved = new boolean[k];
      for (int s = 0; s < k; s++) {
        double[] from = points.get(t * (k + 1) + s);
        double[] to = points.get(t * (k + 1) + s + 1);
        int changed = -1;
        for (int i = 0; i < k; i++) {
          assertOnGrid(from[i], LINEAR_SPACE.get(i), morris.levels());
          if (from[i] != to[i]) {
            assertEquals(-1, changed, "only one coordinate moves per step");
            changed = i;
          }
        }
        assertTrue(changed >= 0 && !moved[changed], "each parameter moves once per trajectory");
        moved[changed] = true;
        assertEquals(morris.delta() * LINEAR_SPACE.get(changed).width(),
            Math.abs(to[changed] - from[changed]), ROUNDING);
      }
    }
  }

  @Test
  void levelsSetTheStep() {
    Morris morris = Morris.builder(LINEAR_SPACE, TRAJECTORIES, SEED).levels(6).build();
    assertEquals(6.0 / 10, morris.delta(), ROUNDING);
    assertEquals(Morris.DEFAULT_LEVELS, Morris.builder(LINEAR_SPACE, 2, SEED).build().levels());
  }

  @Test
  void rejectsBadSettingsAndOutputs() {
    assertThrows(IllegalArgumentException.class, () -> Morris.builder(LINEAR_SPACE, 1, SEED));
    assertThrows(IllegalArgumentException.class, () -> Morris.builder(null, TRAJECTORIES, SEED));
    assertThrows(IllegalArgumentException.class, () -> Morris.builder(LINEAR_SPACE, 2, SEED).levels(5));
    assertThrows(IllegalArgumentException.class, () -> Morris.builder(LINEAR_SPACE, 2, SEED).levels(0));
    assertThrows(IllegalArgumentException.class,
        () -> Morris.builder(LINEAR_SPACE, 2, SEED).bootstrapReplicates(0));
    Morris morris = Morris.builder(LINEAR_SPACE, 2, SEED).build();
    assertThrows(IllegalArgumentException.class,
        () -> morris.analyse(new double[morris.pointCount() + 1][1]));
    assertThrows(IllegalArgumentException.class,
        () -> morris.analyse(new double[morris.pointCount()][0]));
    double[][] infinite = new double[morris.pointCount()][1];
    infinite[0][0] = Double.POSITIVE_INFINITY;
    assertThrows(IllegalArgumentException.class, () -> morris.analyse(infinite));
  }

  /** An index whose every effect is the same: the estimate and both bounds equal the value. */
  private static void assertDegenerate(double expected, Estimate estimate, String name) {
    assertEquals(expected, estimate.estimate(), ROUNDING, name);
    assertEquals(expected, estimate.ciLow(), ROUNDING, name + " ciLow");
    assertEquals(expected, estimate.ciHigh(), ROUNDING, name + " ciHigh");
  }

  private static void assertOnGrid(double value, Parameter parameter, int levels) {
    double level = (value - parameter.min()) / parameter.width() * (levels - 1);
    assertEquals(Math.rint(level), level, ROUNDING, parameter.name() + " = " + value + " off the grid");
  }
}
