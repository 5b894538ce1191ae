package org.gapfill.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final long SEED = 42L;
  private static final long OTHER_SEED = 43L;
  private static final int TRAJECTORIES = 20;
  private static final int BASE_SAMPLES = 256;
  private static final int REPLICATES = 100;

  private static Morris morris(long seed, int replicates) {
    return Morris.builder(TestFunctions.ishigamiSpace(), TRAJECTORIES, seed)
        .bootstrapReplicates(replicates).build();
  }

  private static Sobol sobol(long seed) {
    return Sobol.builder(TestFunctions.ishigamiSpace(), BASE_SAMPLES, seed)
        .bootstrapReplicates(REPLICATES).build();
  }

  @Test
  void morrisSameSeedGivesSamePointsAndResults() {
    Morris first = morris(SEED, REPLICATES);
    Morris second = morris(SEED, REPLICATES);
    assertSamePoints(first.samplePoints(), second.samplePoints());
    Morris.Result a = first.analyse(TestFunctions.evaluate(first.samplePoints(), TestFunctions::ishigami));
    Morris.Result b = second.analyse(TestFunctions.evaluate(second.samplePoints(), TestFunctions::ishigami));
    assertSameTable(a.mu(), b.mu());
    assertSameTable(a.muStar(), b.muStar());
    assertSameTable(a.sigma(), b.sigma());
  }

  @Test
  void morrisDifferentSeedGivesDifferentPoints() {
    List<double[]> first = morris(SEED, REPLICATES).samplePoints();
    List<double[]> second = morris(OTHER_SEED, REPLICATES).samplePoints();
    boolean anyDifferent = IntStream.range(0, first.size())
        .anyMatch(j -> !Arrays.equals(first.get(j), second.get(j)));
    assertTrue(anyDifferent, "another seed should move at least one point");
  }

  @Test
  void morrisPointsDoNotDependOnTheBootstrapReplicateCount() {
    assertSamePoints(morris(SEED, REPLICATES).samplePoints(), morris(SEED, 2 * REPLICATES).samplePoints());
  }

  @Test
  void parallelEvaluationGivesTheSameResult() {
    Morris design = morris(SEED, REPLICATES);
    List<double[]> points = design.samplePoints();
    double[][] outputs = new double[points.size()][];
    IntStream.range(0, points.size()).parallel()
        .forEach(j -> outputs[j] = new double[] {TestFunctions.ishigami(points.get(j))});
    Morris.Result parallel = design.analyse(outputs);
    Morris.Result serial = design.analyse(TestFunctions.evaluate(points, TestFunctions::ishigami));
    assertSameTable(serial.muStar(), parallel.muStar());
  }

  @Test
  void sobolSameSeedGivesSameResults() {
    Sobol first = sobol(SEED);
    Sobol second = sobol(SEED);
    assertSamePoints(first.samplePoints(), second.samplePoints());
    Sobol.Result a = first.analyse(TestFunctions.evaluate(first.samplePoints(), TestFunctions::ishigami));
    Sobol.Result b = second.analyse(TestFunctions.evaluate(second.samplePoints(), TestFunctions::ishigami));
    assertSameTable(a.firstOrder(), b.firstOrder());
    assertSameTable(a.total(), b.total());
  }

  @Test
  void sobolSeedOnlyMovesTheBootstrap() {
    Sobol first = sobol(SEED);
    Sobol second = sobol(OTHER_SEED);
    // The quasi-random design is fixed by N and k; the seed drives only the resampling.
    assertSamePoints(first.samplePoints(), second.samplePoints());
    Sobol.Result a = first.analyse(TestFunctions.evaluate(first.samplePoints(), TestFunctions::ishigami));
    Sobol.Result b = second.analyse(TestFunctions.evaluate(second.samplePoints(), TestFunctions::ishigami));
    assertArrayEquals(a.total().estimates(0), b.total().estimates(0), 0);
    assertNotEquals(a.total().get(0, 0).ciLow(), b.total().get(0, 0).ciLow());
  }

  @Test
  void samplePointsAreFreshCopies() {
    Morris design = morris(SEED, REPLICATES);
    double original = design.samplePoints().get(0)[0];
    design.samplePoints().get(0)[0] = Double.NaN;
    assertFalse(Double.isNaN(design.samplePoints().get(0)[0]));
    assertEquals(original, design.samplePoints().get(0)[0], 0);
  }

  private static void assertSamePoints(List<double[]> expected, List<double[]> actual) {
    assertEquals(expected.size(), actual.size());
    for (int j = 0; j < expected.size(); j++) {
      assertArrayEquals(expected.get(j), actual.get(j), 0, "point " + j);
    }
  }

  private static void assertSameTable(IndexTable expected, IndexTable actual) {
    for (int m = 0; m < expected.metricCount(); m++) {
      for (int i = 0; i < expected.parameterCount(); i++) {
        assertEquals(expected.get(m, i), actual.get(m, i), "metric " + m + " parameter " + i);
      }
    }
  }
}
