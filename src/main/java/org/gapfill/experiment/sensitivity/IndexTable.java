package org.gapfill.experiment.sensitivity;

/** An immutable grid of one kind of index: one {@link Estimate} per output metric and parameter. */
public final class IndexTable {
  private final Estimate[][] cells;

  /** Copies {@code cells[metric][parameter]}; every row must have the same length. */
  IndexTable(Estimate[][] cells) {
    this.cells = new Estimate[cells.length][];
    for (int m = 0; m < cells.length; m++) {
      if (cells[m].length != cells[0].length) {
        throw new IllegalArgumentException("ragged index table at metric " + m);
      }
      this.cells[m] = cells[m].clone();
    }
  }

  /** The number of output metrics analysed. */
  public int metricCount() {
    return cells.length;
  }

  /** The number of parameters, k. */
  public int parameterCount() {
    return cells.length == 0 ? 0 : cells[0].length;
  }

  /** The index of a parameter for one metric (both 0-based, in the order given). */
  public Estimate get(int metric, int parameter) {
    return cells[metric][parameter];
  }

  /** The point estimates of one metric, one per parameter (a fresh array). */
  public double[] estimates(int metric) {
    double[] values = new double[parameterCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = cells[metric][i].estimate();
    }
    return values;
  }
}
