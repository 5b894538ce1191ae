package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Params;
import org.gapfill.scenario.Overrides;
import org.gapfill.scenario.ScenarioError;
import org.gapfill.scenario.ScenarioException;
import org.gapfill.scenario.ScenarioLoader;

/** Loads a scenario (or the built-in city) with overrides, printing every problem on failure. */
final class ScenarioInput {
  private ScenarioInput() {
  }

  /** The parameters, or null after printing each problem as one line on {@code err}. */
  static Params load(Path file, List<String> sets, PrintWriter err) {
    try {
      if (file == null) {
        Params p = DefaultCity.params();
        for (String s : sets) {
          Overrides.apply(p, s);
        }
        return p;
      }
      return ScenarioLoader.load(file, sets);
    } catch (ScenarioException e) {
      for (ScenarioError error : e.errors()) {
        err.println(error);
      }
      err.flush();
      return null;
    }
  }
}
