package org.gapfill.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Morris's elementary-effects screening (Morris 1991) with the μ* of Campolongo, Cariboni and
 * Saltelli (2007).
 *
 * <p>The design is r trajectories of k + 1 points on a p-level grid of the unit hypercube, so
 * r(k + 1) model runs. An elementary effect is taken in unit space,
 * EE<sub>i</sub> = (f(x + Δe<sub>i</sub>) − f(x)) / Δ with Δ = p/(2(p − 1)) and x in
 * [0, 1]<sup>k</sup>, whichever way the trajectory moved. It is thus the change in output per
 * full width of the parameter's range: for f = Σ c<sub>i</sub>x<sub>i</sub> on real ranges,
 * EE<sub>i</sub> = c<sub>i</sub>(max<sub>i</sub> − min<sub>i</sub>), which makes parameters
 * with different units comparable. μ is the mean EE, μ* the mean |EE| and σ the standard
 * deviation of EE (divisor r − 1); their 95% intervals come from resampling whole trajectories.
 */
public final class Morris {
  /** Morris's usual grid: four levels, so Δ = 2/3. */
  public static final int DEFAULT_LEVELS = 4;
  /** σ needs at least two effects per parameter. */
  private static final int MIN_TRAJECTORIES = 2;

  private final ParameterSpace space;
  private final int levels;
  private final int bootstrapReplicates;
  private final long seed;
  private final List<MorrisTrajectory> trajectories;

  private Morris(Builder builder) {
    this.space = builder.space;
    this.levels = builder.levels;
    this.bootstrapReplicates = builder.bootstrapReplicates;
    this.seed = builder.seed;
    SplittableRandom random = Bootstrap.designStream(seed);
    List<MorrisTrajectory> drawn = new ArrayList<>();
    for (int t = 0; t < builder.trajectories; t++) {
      drawn.add(MorrisTrajectory.draw(space.size(), levels, random));
    }
    this.trajectories = List.copyOf(drawn);
  }

  /** Starts a design of {@code trajectories} trajectories over a space, drawn from {@code seed}. */
  public static Builder builder(ParameterSpace space, int trajectories, long seed) {
    return new Builder(space, trajectories, seed);
  }

  /** The parameters varied. */
  public ParameterSpace parameters() {
    return space;
  }

  /** The number of trajectories, r. */
  public int trajectoryCount() {
    return trajectories.size();
  }

  /** The number of grid levels, p. */
  public int levels() {
    return levels;
  }

  /** The step in unit space, Δ = p/(2(p − 1)). */
  public double delta() {
    return levels / (2.0 * (levels - 1));
  }

  /** The number of points to evaluate, r(k + 1). */
  public int pointCount() {
    return trajectories.size() * (space.size() + 1);
  }

  /**
   * All points to evaluate, in real units: trajectory by trajectory, each trajectory's k + 1
   * points in order. {@link #analyse} expects outputs in this same order; the caller may
   * evaluate them in any order or in parallel. The arrays are fresh copies.
   */
  public List<double[]> samplePoints() {
    List<double[]> points = new ArrayList<>(pointCount());
    for (MorrisTrajectory trajectory : trajectories) {
      for (double[] unit : trajectory.points()) {
        points.add(space.fromUnit(unit));
      }
    }
    return points;
  }

  /**
   * Analyses outputs: {@code outputs[j]} holds the m metrics of sample point j. Every metric is
   * analysed at once, with the same bootstrap resamples.
   */
  public Result analyse(double[][] outputs) {
    int metrics = Outputs.checkAndCountMetrics(outputs, pointCount());
    double[][][] effects = elementaryEffects(outputs, metrics);
    double[][][] point = statistics(effects, Bootstrap.identity(trajectories.size()));
    double[][][][] replicates = new double[bootstrapReplicates][][][];
    SplittableRandom random = Bootstrap.bootstrapStream(seed);
    int[] rows = new int[trajectories.size()];
    for (int b = 0; b < bootstrapReplicates; b++) {
      // Whole trajectories are resampled: the k effects of one trajectory share its base point.
      Bootstrap.resample(random, rows);
      replicates[b] = statistics(effects, rows);
    }
    return new Result(space, table(Moment.MU, point, replicates),
        table(Moment.MU_STAR, point, replicates), table(Moment.SIGMA, point, replicates));
  }

  /** Elementary effects as {@code [metric][parameter][trajectory]}. */
  private double[][][] elementaryEffects(double[][] outputs, int metrics) {
    int k = space.size();
    double delta = delta();
    double[][][] effects = new double[metrics][k][trajectories.size()];
    for (int t = 0; t < trajectories.size(); t++) {
      MorrisTrajectory trajectory = trajectories.get(t);
      int first = t * (k + 1);
      for (int s = 0; s < k; s++) {
        int moved = trajectory.order()[s];
        for (int m = 0; m < metrics; m++) {
          double change = outputs[first + s + 1][m] - outputs[first + s][m];
          // Dividing by the signed step makes a downward move count as f(x + Δ) − f(x) too.
          effects[m][moved][t] = change / (trajectory.direction()[s] * delta);
        }
      }
    }
    return effects;
  }

  /** μ, μ* and σ over the given trajectories, as {@code [moment][metric][parameter]}. */
  private static double[][][] statistics(double[][][] effects, int[] rows) {
    int metrics = effects.length;
    int k = effects[0].length;
    double[][][] statistics = new double[Moment.values().length][metrics][k];
    for (int m = 0; m < metrics; m++) {
      for (int i = 0; i < k; i++) {
        double[] moments = moments(effects[m][i], rows);
        for (Moment moment : Moment.values()) {
          statistics[moment.ordinal()][m][i] = moments[moment.ordinal()];
        }
      }
    }
    return statistics;
  }

  /** μ, μ* and σ of the effects at the given rows (repeats allowed), by {@link Moment}. */
  private static double[] moments(double[] effects, int[] rows) {
    double sum = 0;
    double sumAbs = 0;
    for (int row : rows) {
      sum += effects[row];
      sumAbs += Math.abs(effects[row]);
    }
    double mean = sum / rows.length;
    double squares = 0;
    for (int row : rows) {
      squares += (effects[row] - mean) * (effects[row] - mean);
    }
    double[] moments = new double[Moment.values().length];
    moments[Moment.MU.ordinal()] = mean;
    moments[Moment.MU_STAR.ordinal()] = sumAbs / rows.length;
    moments[Moment.SIGMA.ordinal()] = Math.sqrt(squares / (rows.length - 1));
    return moments;
  }

  /** One moment's estimates with the percentile intervals of its bootstrap replicates. */
  private static IndexTable table(Moment moment, double[][][] point, double[][][][] replicates) {
    return Bootstrap.table(point[moment.ordinal()], Bootstrap.select(replicates, moment.ordinal()));
  }

  /** The three statistics of the elementary effects, in the order they are stored. */
  private enum Moment { MU, MU_STAR, SIGMA }

  /**
   * The Morris indices of every metric and parameter.
   *
   * @param parameters the parameters, in the order of the tables' columns
   * @param mu mean elementary effect; effects of opposite sign cancel in it
   * @param muStar mean absolute elementary effect, the ranking measure
   * @param sigma standard deviation of the effects: non-linearity or interactions
   */
  public record Result(ParameterSpace parameters, IndexTable mu, IndexTable muStar,
      IndexTable sigma) {
  }

  /** Settings of a Morris design; levels and bootstrap replicates have defaults. */
  public static final class Builder {
    private final ParameterSpace space;
    private final int trajectories;
    private final long seed;
    private int levels = DEFAULT_LEVELS;
    private int bootstrapReplicates = Bootstrap.DEFAULT_REPLICATES;

    private Builder(ParameterSpace space, int trajectories, long seed) {
      if (space == null) {
        throw new IllegalArgumentException("a Morris design needs a parameter space");
      }
      if (trajectories < MIN_TRAJECTORIES) {
        throw new IllegalArgumentException(
            "Morris needs at least " + MIN_TRAJECTORIES + " trajectories, got " + trajectories);
      }
      this.space = space;
      this.trajectories = trajectories;
      this.seed = seed;
    }

    /** The number of grid levels p: even (so Δ lands on the grid) and at least 2. */
    public Builder levels(int levels) {
      if (levels < 2 || levels % 2 != 0) {
        throw new IllegalArgumentException(
            "Morris levels must be even and at least 2, got " + levels);
      }
      this.levels = levels;
      return this;
    }

    /** The number of bootstrap replicates B behind the intervals. */
    public Builder bootstrapReplicates(int replicates) {
      this.bootstrapReplicates = Bootstrap.checkReplicates(replicates);
      return this;
    }

    /** Draws the design. */
    public Morris build() {
      return new Morris(this);
    }
  }
}
