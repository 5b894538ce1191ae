package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapfill.model.Params;
import org.gapfill.output.MetricsDictionary;
import org.gapfill.scenario.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gapfill describe}: every parameter path with type, range, value and meaning. */
@Command(name = "describe", mixinStandardHelpOptions = true,
    description = {"List every parameter path with its type, allowed values, default and meaning.",
        "With SCENARIO, the values are that scenario's (after extends and --set)."})
public final class DescribeCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "A scenario file.")
  Path scenario;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Apply overrides first (repeatable).")
  List<String> sets = new java.util.ArrayList<>();

  @Option(names = "--markdown", description = "Print the scenario reference as Markdown (docs/scenario-reference.md).")
  boolean markdown;

  @Option(names = "--metrics", description = "Print the metrics dictionary as Markdown (docs/metrics.md).")
  boolean metrics;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (markdown || metrics) {
      out.print(markdown ? Catalog.markdown() : MetricsDictionary.markdown());
      out.flush();
      return 0;
    }
    List<Catalog.Leaf> leaves;
    if (scenario == null) {
      leaves = Catalog.defaults();
    } else {
      Params p = ScenarioInput.load(scenario, sets, spec.commandLine().getErr());
      if (p == null) {
        return Gapfill.BAD_INPUT;
      }
      leaves = Catalog.of(p);
    }
    int width = 0;
    for (Catalog.Leaf l : leaves) {
      width = Math.max(width, l.path().length());
    }
    String row = "%-" + width + "s  %-15s  %-24s  %-14s  %s%n";
    out.printf(row, "path", "type", "allowed", scenario == null ? "default" : "value", "meaning");
    for (Catalog.Leaf l : leaves) {
      String meaning = l.unit().isEmpty() ? l.meaning() : l.meaning() + " [" + l.unit() + "]";
      out.printf(row, l.path(), l.type(), clip(l.range(), 24), clip(l.value(), 14), meaning);
    }
    out.flush();
    return 0;
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
