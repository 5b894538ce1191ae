package org.gapfill.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems found while reading a scenario, so all of them can be reported. */
final class Problems {
  private final List<ScenarioError> errors = new ArrayList<>();

  void add(Yaml.Node at, String path, String message) {
    errors.add(new ScenarioError(at.file(), at.line(), at.column(), path, message));
  }

  void add(String file, int line, int column, String path, String message) {
    errors.add(new ScenarioError(file, line, column, path, message));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws every problem at once, in file and line order, if there is any. */
  void throwIfAny() throws ScenarioException {
    if (!errors.isEmpty()) {
      List<ScenarioError> sorted = new ArrayList<>(errors);
      Collections.sort(sorted);
      throw new ScenarioException(sorted);
    }
  }
}
