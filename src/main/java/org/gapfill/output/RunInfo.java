package org.gapfill.output;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a run came about, for {@code manifest.json} and {@code scenario.yaml}: the scenario as
 * resolved (after {@code extends} and {@code --set}), the command line, the software, the
 * threads, the base seed and when it ran.
 *
 * @param resolvedScenarioYaml the fully resolved scenario, loadable again to rerun exactly
 * @param gitCommit the commit the software was built from, or null when unknown
 */
public record RunInfo(String scenarioName, String resolvedScenarioYaml, String commandLine,
    String gapfillVersion, String gitCommit, String javaVersion, int threads, Instant startTime,
    Instant endTime, long baseSeed) {

  /** Checks that everything but the git commit is given. */
  public RunInfo {
    Objects.requireNonNull(scenarioName, "scenarioName");
    Objects.requireNonNull(resolvedScenarioYaml, "resolvedScenarioYaml");
    Objects.requireNonNull(commandLine, "commandLine");
    Objects.requireNonNull(gapfillVersion, "gapfillVersion");
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** Seconds from start to end, to the millisecond. */
  public double wallSeconds() {
    return Duration.between(startTime, endTime).toMillis() / 1000.0;
  }
}
