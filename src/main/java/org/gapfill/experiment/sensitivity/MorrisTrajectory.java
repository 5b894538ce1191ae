package org.gapfill.experiment.sensitivity;

import java.util.SplittableRandom;

/**
 * One Morris trajectory in the unit hypercube: k + 1 grid points, each differing from the one
 * before in a single coordinate, which moves by Δ up or down.
 *
 * @param points the k + 1 points, in unit space
 * @param order the parameter moved between point s and point s + 1
 * @param direction +1 if that parameter moved up, −1 if it moved down
 */
record MorrisTrajectory(double[][] points, int[] order, int[] direction) {

  /**
   * Draws a trajectory on a p-level grid {0, 1/(p−1), …, 1}. Each coordinate starts on a level
   * drawn uniformly; it later moves by p/2 levels (Δ = p/(2(p−1))) up if that stays on the grid
   * and down otherwise, which is Morris's random base point and random signs in one step: every
   * level is equally likely to be visited. The parameters move in a random order.
   */
  static MorrisTrajectory draw(int parameters, int levels, SplittableRandom random) {
    int jump = levels / 2;
    int[] level = new int[parameters];
    int[] directionOf = new int[parameters];
    for (int i = 0; i < parameters; i++) {
      level[i] = random.nextInt(levels);
      directionOf[i] = level[i] + jump <= levels - 1 ? 1 : -1;
    }
    int[] order = permutation(parameters, random);
    double[][] points = new double[parameters + 1][];
    int[] direction = new int[parameters];
    points[0] = toUnit(level, levels);
    for (int s = 0; s < parameters; s++) {
      int moved = order[s];
      direction[s] = directionOf[moved];
      level[moved] += direction[s] * jump;
      points[s + 1] = toUnit(level, levels);
    }
    return new MorrisTrajectory(points, order, direction);
  }

  /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
  private static int[] permutation(int n, SplittableRandom random) {
    int[] order = Bootstrap.identity(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  private static double[] toUnit(int[] level, int levels) {
    double[] unit = new double[level.length];
    for (int i = 0; i < level.length; i++) {
      unit[i] = level[i] / (double) (levels - 1);
    }
    return unit;
  }
}
