package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gapfill validate}: checks scenario files and prints every problem, one line each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files; print every problem as FILE:LINE:COLUMN: PATH: message.",
    footer = {"", "Exit codes: 0 all files valid, 2 any problem."})
public final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files.")
  List<Path> files;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Check overrides too (repeatable).")
  List<String> sets = new ArrayList<>();

  @Mixin
  CommonOptions common = new CommonOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int bad = 0;
    for (Path f : files) {
      if (ScenarioInput.load(f, sets, err) == null) {
        bad++;
      } else if (!common.quiet) {
        out.println(f + ": ok");
      }
    }
    if (!common.quiet) {
      out.printf("%d of %d scenario%s valid%n", files.size() - bad, files.size(),
          files.size() == 1 ? "" : "s");
    }
    out.flush();
    return bad == 0 ? 0 : Gapfill.BAD_INPUT;
  }
}
