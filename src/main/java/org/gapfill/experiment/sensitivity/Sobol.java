package org.gapfill.experiment.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Sobol' variance-based sensitivity indices with the design and first-order estimator of
 * Saltelli et al. (2010) and Jansen's (1999) total-effect estimator.
 *
 * <p>Two N × k matrices A and B are read off one Sobol' low-discrepancy sequence of dimension
 * 2k (first k coordinates into A, last k into B). AB<sub>i</sub> is A with its column i taken
 * from B. With V the variance of f over A and B pooled,
 * S<sub>i</sub> = mean(f(B)·(f(AB<sub>i</sub>) − f(A))) / V and
 * ST<sub>i</sub> = mean((f(A) − f(AB<sub>i</sub>))²) / (2V). Outputs are centred on their
 * overall mean first, as SALib does: the estimators' expectations do not change, but an output
 * with a large mean (a population count, say) no longer inflates the first-order estimator's
 * variance. 95% intervals come from resampling the N rows. The design is fixed by N and k alone;
 * the seed only drives the bootstrap. N a power of two keeps the sequence's balance best.
 */
public final class Sobol {
  /** Dimensions covered by the direction numbers bundled with commons-math. */
  private static final int MAX_SEQUENCE_DIMENSION = 1000;
  /** The pooled variance is over A and B, two samples of N. */
  private static final int POOLED_SAMPLES = 2;
  /** Bootstrap resamples of fewer rows cannot estimate a variance. */
  private static final int MIN_BASE_SAMPLES = 2;

  private final ParameterSpace space;
  private final int bootstrapReplicates;
  private final long seed;
  private final double[][] a;
  private final double[][] b;

  private Sobol(Builder builder) {
    this.space = builder.space;
    this.bootstrapReplicates = builder.bootstrapReplicates;
    this.seed = builder.seed;
    int k = space.size();
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
    // The sequence starts at the origin, the corner where every parameter sits at its minimum at
    // once; Saltelli et al. (2010) and SALib drop it as unrepresentative, and so do we.
    sequence.nextVector();
    this.a = new double[builder.baseSamples][];
    this.b = new double[builder.baseSamples][];
    for (int j = 0; j < builder.baseSamples; j++) {
      double[] point = sequence.nextVector();
      a[j] = Arrays.copyOfRange(point, 0, k);
      b[j] = Arrays.copyOfRange(point, k, 2 * k);
    }
  }

  /** Starts a design of N = {@code baseSamples} rows; the seed drives only the bootstrap. */
  public static Builder builder(ParameterSpace space, int baseSamples, long seed) {
    return new Builder(space, baseSamples, seed);
  }

  /** The parameters varied. */
  public ParameterSpace parameters() {
    return space;
  }

  /** The number of base samples, N. */
  public int baseSamples() {
    return a.length;
  }

  /** The number of points to evaluate, N(k + 2). */
  public int pointCount() {
    return a.length * (space.size() + 2);
  }

  /**
   * All points to evaluate, in real units, row by row: for each j in 0..N−1, first A<sub>j</sub>,
   * then AB<sub>1,j</sub> … AB<sub>k,j</sub>, then B<sub>j</sub>. {@link #analyse} expects
   * outputs in this same order; the caller may evaluate them in any order or in parallel.
   */
  public List<double[]> samplePoints() {
    int k = space.size();
    List<double[]> points = new ArrayList<>(pointCount());
    for (int j = 0; j < a.length; j++) {
      points.add(space.fromUnit(a[j]));
      for (int i = 0; i < k; i++) {
        double[] mixed = a[j].clone();
        mixed[i] = b[j][i];
        points.add(space.fromUnit(mixed));
      }
      points.add(space.fromUnit(b[j]));
    }
    return points;
  }

  /**
   * Analyses outputs: {@code outputs[j]} holds the m metrics of sample point j. Every metric is
   * analysed at once, with the same bootstrap resamples. A metric that never varies has V = 0
   * and NaN indices.
   */
  public Result analyse(double[][] outputs) {
    int metrics = Outputs.checkAndCountMetrics(outputs, pointCount());
    SobolRuns[] runs = new SobolRuns[metrics];
    for (int m = 0; m < metrics; m++) {
      runs[m] = SobolRuns.of(outputs, m, a.length, space.size());
    }
    double[][][] point = indices(runs, Bootstrap.identity(a.length));
    double[][][][] replicates = new double[bootstrapReplicates][][][];
    SplittableRandom random = Bootstrap.bootstrapStream(seed);
    int[] rows = new int[a.length];
    for (int r = 0; r < bootstrapReplicates; r++) {
      Bootstrap.resample(random, rows);
      replicates[r] = indices(runs, rows);
    }
    return new Result(space, table(Kind.FIRST_ORDER, point, replicates),
        table(Kind.TOTAL, point, replicates));
  }

  /** First-order and total indices over the given rows, as {@code [kind][metric][parameter]}. */
  private double[][][] indices(SobolRuns[] runs, int[] rows) {
    int k = space.size();
    double[][][] indices = new double[Kind.values().length][runs.length][k];
    for (int m = 0; m < runs.length; m++) {
      SobolRuns run = runs[m];
      double variance = pooledVariance(run, rows);
      for (int i = 0; i < k; i++) {
        double first = 0;
        double total = 0;
        for (int row : rows) {
          double change = run.ab()[i][row] - run.a()[row];
          first += run.b()[row] * change;
          total += change * change;
        }
        indices[Kind.FIRST_ORDER.ordinal()][m][i] = first / rows.length / variance;
        indices[Kind.TOTAL.ordinal()][m][i] = total / rows.length / (2 * variance);
      }
    }
    return indices;
  }

  /** The variance (divisor 2N) of f over the chosen rows of A and of B together. */
  private static double pooledVariance(SobolRuns run, int[] rows) {
    double sum = 0;
    for (int row : rows) {
      sum += run.a()[row] + run.b()[row];
    }
    double count = (double) POOLED_SAMPLES * rows.length;
    double mean = sum / count;
    double squares = 0;
    for (int row : rows) {
      squares += (run.a()[row] - mean) * (run.a()[row] - mean)
          + (run.b()[row] - mean) * (run.b()[row] - mean);
    }
    return squares / count;
  }

  private static IndexTable table(Kind kind, double[][][] point, double[][][][] replicates) {
    return Bootstrap.table(point[kind.ordinal()], Bootstrap.select(replicates, kind.ordinal()));
  }

  /** The two indices estimated, in the order they are stored. */
  private enum Kind { FIRST_ORDER, TOTAL }

  /**
   * The Sobol' indices of every metric and parameter.
   *
   * @param parameters the parameters, in the order of the tables' columns
   * @param firstOrder S<sub>i</sub>: the share of variance due to parameter i alone
   * @param total ST<sub>i</sub>: the share due to parameter i with all its interactions
   */
  public record Result(ParameterSpace parameters, IndexTable firstOrder, IndexTable total) {
  }

  /** Settings of a Sobol' design; bootstrap replicates have a default. */
  public static final class Builder {
    private final ParameterSpace space;
    private final int baseSamples;
    private final long seed;
    private int bootstrapReplicates = Bootstrap.DEFAULT_REPLICATES;

    private Builder(ParameterSpace space, int baseSamples, long seed) {
      if (space == null) {
        throw new IllegalArgumentException("a Sobol' design needs a parameter space");
      }
      if (2 * space.size() > MAX_SEQUENCE_DIMENSION) {
        throw new IllegalArgumentException("Sobol' designs support at most "
            + MAX_SEQUENCE_DIMENSION / 2 + " parameters, got " + space.size());
      }
      if (baseSamples < MIN_BASE_SAMPLES) {
        throw new IllegalArgumentException(
            "Sobol' needs at least " + MIN_BASE_SAMPLES + " base samples, got " + baseSamples);
      }
      this.space = space;
      this.baseSamples = baseSamples;
      this.seed = seed;
    }

    /** The number of bootstrap replicates B behind the intervals. */
    public Builder bootstrapReplicates(int replicates) {
      this.bootstrapReplicates = Bootstrap.checkReplicates(replicates);
      return this;
    }

    /** Generates the design. */
    public Sobol build() {
      return new Sobol(this);
    }
  }
}
