package org.gapfill.experiment.sensitivity;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The ordered, immutable list of parameters a design varies; indices in results follow it. */
public final class ParameterSpace {
  private final List<Parameter> parameters;

  /** Takes a non-empty list of parameters with distinct names. */
  public ParameterSpace(List<Parameter> parameters) {
    this.parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    if (this.parameters.isEmpty()) {
      throw new IllegalArgumentException("a parameter space needs at least one parameter");
    }
    Set<String> names = new HashSet<>();
    for (Parameter p : this.parameters) {
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("duplicate parameter name: " + p.name());
      }
    }
  }

  /** A space of the given parameters, in order. */
  public static ParameterSpace of(Parameter... parameters) {
    return new ParameterSpace(List.of(parameters));
  }

  /** The number of parameters, k. */
  public int size() {
    return parameters.size();
  }

  /** The parameter at an index. */
  public Parameter get(int index) {
    return parameters.get(index);
  }

  /** All parameters, in order (unmodifiable). */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** Maps a point of the unit hypercube to the real ranges, coordinate by coordinate. */
  public double[] fromUnit(double[] unit) {
    if (unit.length != size()) {
      throw new IllegalArgumentException(
          "point has " + unit.length + " coordinates, space has " + size() + " parameters");
    }
    double[] real = new double[unit.length];
    for (int i = 0; i < unit.length; i++) {
      real[i] = parameters.get(i).fromUnit(unit[i]);
    }
    return real;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterSpace other && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  @Override
  public String toString() {
    return "ParameterSpace" + parameters;
  }
}
