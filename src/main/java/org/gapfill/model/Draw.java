package org.gapfill.model;

import ec.util.MersenneTwisterFast;

/** Random draws MASON's generator lacks, all from the model's own generator. */
public final class Draw {
  /** Above this mean a Poisson draw uses the normal approximation (exact enough, O(1)). */
  private static final double POISSON_NORMAL_ABOVE = 50;

  private Draw() {
  }

  /** A Poisson draw with mean {@code lambda} (0 for a non-positive mean). */
  public static int poisson(MersenneTwisterFast random, double lambda) {
    if (!(lambda > 0)) {
      return 0;
    }
    if (lambda > POISSON_NORMAL_ABOVE) {
      double x = lambda + Math.sqrt(lambda) * random.nextGaussian();
      return (int) Math.max(0, Math.round(x));
    }
    // Knuth's multiplication method.
    double limit = Math.exp(-lambda);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  /** A random index drawn with probability proportional to {@code weights[i]} over [0, n). */
  public static int roulette(MersenneTwisterFast random, double[] weights, int n) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += weights[i];
    }
    if (!(total > 0)) {
      return -1;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < n; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return n - 1;
  }

  /** Shuffles the first n entries in place (Fisher–Yates). */
  public static void shuffle(MersenneTwisterFast random, int[] a, int n) {
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Clamps to [0,1]. */
  public static double clamp01(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }
}
