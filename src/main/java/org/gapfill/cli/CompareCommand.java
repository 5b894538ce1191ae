package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapfill.experiment.Branches;
import org.gapfill.experiment.Comparison;
import org.gapfill.experiment.ReplicateResult;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.output.ComparisonWriter;
import org.gapfill.output.ResultFolder;
import org.gapfill.output.ResultWriter;
import org.gapfill.output.RunInfo;
import org.gapfill.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gapfill compare}: a base and alternatives on common random numbers, with tests. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run a base scenario and alternatives with the same replicate seeds (common "
        + "random numbers) and compare every metric: means with 95%% CIs, paired differences to "
        + "the base with 95%% CIs, Welch and Mann-Whitney p-values and Cohen's d.",
        "Writes comparison.csv and each scenario's result files in a subfolder."},
    footer = {"", "Example:",
        "  gapfill compare scenarios/vienna-2015-baseline.yaml scenarios/vienna-2020-narrowing.yaml --reps 20",
        "Exit codes: 0 success, 1 a run failed, 2 bad input."})
public final class CompareCommand implements Callable<Integer> {
  private static final Metric[] SHOWN = {Metric.UNMET_NEED, Metric.UNMET_CRITICAL,
      Metric.GAP_FILLING_LOAD, Metric.REFERRAL_SUCCESS, Metric.VOLUNTEER_SHARE,
      Metric.TRIAGE_REACH, Metric.FRAGILITY, Metric.EMERGENCIES, Metric.GRANTS_PAID,
      Metric.PUBLIC_COST};

  @Parameters(index = "0", paramLabel = "BASE", description = "The base scenario.")
  Path base;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALT", description = "Alternatives.")
  List<Path> alternatives;

  @Option(names = "--reps", paramLabel = "N", description = "Replicates per scenario (default: ${DEFAULT-VALUE}).")
  int reps = 10;

  @Option(names = "--fork-at", paramLabel = "WEEK",
      description = "Run the shared history to WEEK once per replicate, then branch each scenario from it.")
  Integer forkAt;

  @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the base scenario's).")
  Long seed;

  @Mixin
  WorkOptions work = new WorkOptions();

  @Mixin
  ReportOptions report = new ReportOptions();

  @Mixin
  CommonOptions common = new CommonOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (reps < 2) {
      err.println("gapfill compare: --reps must be at least 2 (for intervals and tests)");
      return Gapfill.BAD_INPUT;
    }
    List<Path> files = new ArrayList<>();
    files.add(base);
    files.addAll(alternatives);
    List<Params> scenarios = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      Params p = ScenarioInput.load(f, seed == null ? List.of() : List.of("seed=" + seed), err);
      if (p == null) {
        return Gapfill.BAD_INPUT;
      }
      scenarios.add(p);
      names.add(uniqueName(names, stem(f)));
    }
    if (forkAt != null) {
      String problem = Branches.forkProblem(scenarios, names, forkAt);
      if (problem != null) {
        err.println("gapfill compare: " + problem);
        return Gapfill.BAD_INPUT;
      }
    }
    return run(scenarios, names, err);
  }

  private int run(List<Params> scenarios, List<String> names, PrintWriter err) {
    int t = work.threads();
    Instant start = Instant.now();
    String title = "compare-" + String.join("-vs-", names);
    try (ResultFolder folder = ResultFolder.create(work.out, work.resultsRoot, title, scenarios.get(0).seed,
        LocalDateTime.now())) {
      ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal(), common.quiet,
          forkAt == null ? "runs" : "forked replicates");
      List<List<ReplicateResult>> results = Branches.run(scenarios, reps, forkAt, t, progress);
      List<Comparison.Row> rows = Comparison.compare(names, results);
      folder.writeText("comparison.csv", ComparisonWriter.csv(rows));
      for (int s = 0; s < names.size(); s++) {
        Params p = scenarios.get(s);
        RunInfo info = new RunInfo(p.name, ScenarioWriter.write(p, "Resolved scenario of " + p.name),
            Gapfill.commandLineText(spec), Version.version(), BuildInfo.gitCommit(),
            System.getProperty("java.version"), t, start, Instant.now(), scenarios.get(0).seed);
        ResultWriter.write(folder, names.get(s) + "/", info, results.get(s));
      }
      folder.commit();
      if (!common.quiet) {
        print(spec.commandLine().getOut(), names, rows, folder.path());
      }
      return report.write(folder.path(), spec.commandLine().getOut(), err, "compare", common.quiet);
    } catch (RuntimeException e) {
      return Gapfill.failed(err, "compare", e, common.debug);
    }
  }

  private void print(PrintWriter out, List<String> names, List<Comparison.Row> rows, Path folder) {
    out.printf("%d replicates per scenario, common random numbers%s; means of the last %d weeks "
        + "with 95%% CIs%n%n", reps, forkAt == null ? "" : ", forked at week " + forkAt,
        Comparison.SUMMARY_WEEKS);
    for (Metric m : SHOWN) {
      out.printf("%s (%s)%n", m.column(), m.meaning());
      for (Comparison.Row r : rows) {
        if (!r.metric().equals(m.column())) {
          continue;
        }
        String level = RunCommand.Summary.format(r.level().mean()) + " [" + RunCommand.Summary.format(
            r.level().ciLow()) + " – " + RunCommand.Summary.format(r.level().ciHigh()) + "]";
        String diff = Double.isNaN(r.diff()) ? "(base)" : String.format("diff %s [%s – %s]  p=%.3g  d=%.2f",
            signed(r.diff()), signed(r.diffCiLow()), signed(r.diffCiHigh()), r.pWelch(), r.effectSize());
        out.printf("  %-28s %-32s %s%n", r.scenario(), level, diff);
      }
    }
    out.printf("%ncomparison.csv has every metric; results: %s%n", folder);
    out.flush();
  }

  private static String signed(double v) {
    return (v >= 0 ? "+" : "") + RunCommand.Summary.format(v);
  }

  static String stem(Path f) {
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String uniqueName(List<String> taken, String name) {
    String candidate = name;
    for (int k = 2; taken.contains(candidate); k++) {
      candidate = name + "-" + k;
    }
    return candidate;
  }
}
