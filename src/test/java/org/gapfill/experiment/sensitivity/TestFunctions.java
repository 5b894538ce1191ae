package org.gapfill.experiment.sensitivity;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Benchmark functions with analytic Sobol' indices, and a helper to evaluate a design. */
final class TestFunctions {
  /** Ishigami's a and b, as in Ishigami and Homma (1990) and Saltelli et al. (2010). */
  static final double ISHIGAMI_A = 7;
  static final double ISHIGAMI_B = 0.1;
  /** Sobol's g-function coefficients: two important, two minor and four negligible inputs. */
  static final double[] G_COEFFICIENTS = {0, 1, 4.5, 9, 99, 99, 99, 99};

  private TestFunctions() {
  }

  /** Evaluates one metric per point, in the design's order. */
  static double[][] evaluate(List<double[]> points, ToDoubleFunction<double[]> f) {
    double[][] outputs = new double[points.size()][];
    for (int j = 0; j < outputs.length; j++) {
      outputs[j] = new double[] {f.applyAsDouble(points.get(j))};
    }
    return outputs;
  }

  static ParameterSpace ishigamiSpace() {
    return ParameterSpace.of(new Parameter("x1", -Math.PI, Math.PI),
        new Parameter("x2", -Math.PI, Math.PI), new Parameter("x3", -Math.PI, Math.PI));
  }

  static double ishigami(double[] x) {
    double s2 = Math.sin(x[1]);
    return Math.sin(x[0]) + ISHIGAMI_A * s2 * s2
        + ISHIGAMI_B * Math.pow(x[2], 4) * Math.sin(x[0]);
  }

  /** Analytic first-order (row 0) and total (row 1) indices of the Ishigami function. */
  static double[][] ishigamiIndices() {
    double a = ISHIGAMI_A;
    double b = ISHIGAMI_B;
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
    double v1 = b * pi4 / 5 + b * b * pi8 / 50 + 0.5;
    double v2 = a * a / 8;
    double v13 = b * b * pi8 / 18 - b * b * pi8 / 50;
    return new double[][] {
        {v1 / v, v2 / v, 0},
        {(v1 + v13) / v, v2 / v, v13 / v}};
  }

  static ParameterSpace unitSpace(int k) {
    Parameter[] parameters = new Parameter[k];
    for (int i = 0; i < k; i++) {
      parameters[i] = new Parameter("x" + (i + 1), 0, 1);
    }
    return ParameterSpace.of(parameters);
  }

  /** Sobol's g-function on [0, 1]^k: the product of (|4x − 2| + a) / (1 + a). */
  static double gFunction(double[] x) {
    double product = 1;
    for (int i = 0; i < x.length; i++) {
      double a = G_COEFFICIENTS[i];
      product *= (Math.abs(4 * x[i] - 2) + a) / (1 + a);
    }
    return product;
  }

  /** Analytic first-order (row 0) and total (row 1) indices of the g-function. */
  static double[][] gIndices() {
    int k = G_COEFFICIENTS.length;
    double[] partial = new double[k];
    double product = 1;
    for (int i = 0; i < k; i++) {
      partial[i] = (1.0 / 3) / ((1 + G_COEFFICIENTS[i]) * (1 + G_COEFFICIENTS[i]));
      product *= 1 + partial[i];
    }
    double v = product - 1;
    double[][] indices = new double[2][k];
    for (int i = 0; i < k; i++) {
      indices[0][i] = partial[i] / v;
      indices[1][i] = partial[i] * (product / (1 + partial[i])) / v;
    }
    return indices;
  }
}
