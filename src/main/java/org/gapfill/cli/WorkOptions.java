package org.gapfill.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of every command that runs the model and writes a folder: threads and --out. */
public final class WorkOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  Integer threads;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Result folder (new or empty; default: a fresh folder under results/).")
  Path out;

  /** Where default result folders go. */
  Path resultsRoot = Path.of("results");

  /** Checked while parsing, so a bad count is a usage error (exit 2) for every command. */
  @Option(names = "--threads", paramLabel = "T",
      description = "Threads (default: all cores); results never depend on it.")
  void setThreads(int value) {
    if (value < 1) {
      throw new CommandLine.ParameterException(command.commandLine(),
          "--threads must be at least 1 (got " + value + ")");
    }
    threads = value;
  }

  /** The thread count asked for, or all cores. */
  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
