package org.gapfill.scenario;

/**
 * One problem in a scenario: where it is (file, line, column), the parameter path, and what is
 * wrong with what is allowed. It prints as {@code FILE:LINE:COLUMN: PATH: message}.
 */
public record ScenarioError(String file, int line, int column, String path, String message)
    implements Comparable<ScenarioError> {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }

  @Override
  public int compareTo(ScenarioError o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
