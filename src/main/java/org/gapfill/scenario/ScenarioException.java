package org.gapfill.scenario;

import java.util.List;

/** Thrown when a scenario has problems; it carries every one of them, not just the first. */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<ScenarioError> errors;

  public ScenarioException(List<ScenarioError> errors) {
    super(errors.isEmpty() ? "invalid scenario" : errors.get(0).toString());
    this.errors = List.copyOf(errors);
  }

  public List<ScenarioError> errors() {
    return errors;
  }
}
