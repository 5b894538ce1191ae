package org.gapfill.cli;

import picocli.CommandLine.Option;

/** Options every command shares: how much it says. */
public final class CommonOptions {
  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces of unexpected errors.")
  boolean debug;
}
