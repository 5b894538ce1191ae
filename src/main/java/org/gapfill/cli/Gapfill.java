package org.gapfill.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapfill.output.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gapfill} command: one subcommand per job, exit codes 0 (ok), 1 (run failed), 2 (bad input). */
@Command(name = "gapfill", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "An agent-based model of urban welfare co-production: a municipality, civil-society "
        + "organisations, volunteers and illegalised migrants under policy shifts.",
    subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, MergeCommand.class,
        SensitivityCommand.class, ReportCommand.class, BenchCommand.class,
        ValidateCommand.class, GuiCommand.class,
        DescribeCommand.class,
        CommandLine.HelpCommand.class})
public final class Gapfill implements Callable<Integer> {
  /** Exit code when a run failed. */
  public static final int RUN_FAILED = 1;
  /** Exit code for bad input (usage, scenario, paths). */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.out);
    return 0;
  }

  /** The command line with gapfill's error handling: one line per problem, exit 2. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Gapfill());
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("gapfill: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'gapfill " 
          + (ex.getCommandLine().getCommandName().equals("gapfill") ? "" : ex.getCommandLine().getCommandName() + " ")
          + "--help'.");
      return BAD_INPUT;
    });
    return cl;
  }

  /** The command line as typed (all original arguments), for manifests. */
  static String commandLineText(CommandLine.Model.CommandSpec spec) {
    List<String> words = new ArrayList<>();
    words.add("gapfill");
    CommandLine.ParseResult result = spec.commandLine().getParseResult();
    if (result != null) {
      words.addAll(result.originalArgs());
    }
    return String.join(" ", words);
  }

  /**
   * The one-line report of a command that failed: bad output paths are bad input (exit 2),
   * anything else a failed run (exit 1), with a stack trace only under --debug.
   */
  static int failed(PrintWriter err, String command, RuntimeException e, boolean debug) {
    err.println("gapfill " + command + ": " + e.getMessage());
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof OutputException ? BAD_INPUT : RUN_FAILED;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
