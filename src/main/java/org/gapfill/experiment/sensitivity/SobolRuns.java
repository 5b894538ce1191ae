package org.gapfill.experiment.sensitivity;

/**
 * One metric's outputs of a Sobol' design, split into f(A), f(B) and f(AB<sub>i</sub>) and
 * centred on the metric's overall mean.
 *
 * @param a f(A<sub>j</sub>) for each row j
 * @param b f(B<sub>j</sub>) for each row j
 * @param ab f(AB<sub>i,j</sub>) as {@code [parameter i][row j]}
 */
record SobolRuns(double[] a, double[] b, double[][] ab) {

  /** Splits metric {@code metric} of outputs laid out as in {@link Sobol#samplePoints()}. */
  static SobolRuns of(double[][] outputs, int metric, int rows, int parameters) {
    double mean = 0;
    for (double[] output : outputs) {
      mean += output[metric];
    }
    mean /= outputs.length;
    int block = parameters + 2;
    double[] a = new double[rows];
    double[] b = new double[rows];
    double[][] ab = new double[parameters][rows];
    for (int j = 0; j < rows; j++) {
      int first = j * block;
      a[j] = outputs[first][metric] - mean;
      for (int i = 0; i < parameters; i++) {
        ab[i][j] = outputs[first + 1 + i][metric] - mean;
      }
      b[j] = outputs[first + block - 1][metric] - mean;
    }
    return new SobolRuns(a, b, ab);
  }
}
