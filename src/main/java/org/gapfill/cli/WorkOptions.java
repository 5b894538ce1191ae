package org.gapfill.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of every command that runs the model and writes a folder: threads and --out. */
public final class WorkOptions {
  @Option(names = "--threads", paramLabel = "T",
      description = "Threads (default: all cores); results never depend on it.")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Result folder (new or empty; default: a fresh folder under results/).")
  Path out;

  /** Where default result folders go. */
  Path resultsRoot = Path.of("results");

  /** The thread count asked for, or all cores. */
  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /** A one-line problem with the options, or null. */
  String problem() {
    return threads != null && threads < 1 ? "--threads must be at least 1" : null;
  }
}
