package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapfill.experiment.ReplicateResult;
import org.gapfill.experiment.Replications;
import org.gapfill.experiment.Stats;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.output.ResultFolder;
import org.gapfill.output.ResultWriter;
import org.gapfill.output.RunInfo;
import org.gapfill.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gapfill run}: replicates a scenario, writes a result folder and prints a summary. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run a scenario's replicates and write a result folder (see docs/metrics.md).",
        "Without SCENARIO it runs the built-in Vienna-like city."},
    footer = {"", "Examples:",
        "  gapfill run scenarios/vienna-2020-narrowing.yaml --reps 10",
        "  gapfill run scenarios/classroom.yaml --set municipality.discretion=0.2 --out results/low",
        "Exit codes: 0 success, 1 a run failed, 2 bad input."})
public final class RunCommand implements Callable<Integer> {
  /** Weeks over which the summary averages (DESIGN §1.7: means over the last 52 weeks). */
  static final int SUMMARY_WEEKS = 52;

  private static final Metric[] HEADLINE = {
      Metric.UNMET_NEED, Metric.UNMET_CRITICAL, Metric.MEAN_WAIT_WEEKS, Metric.GAP_FILLING_LOAD,
      Metric.DISPLACED_LOAD, Metric.REFERRAL_SUCCESS, Metric.VOLUNTEERS, Metric.VOLUNTEER_SHARE,
      Metric.UTILISATION_CIVIC, Metric.UTILISATION_INSTITUTIONAL, Metric.UTILISATION_AUTONOMOUS,
      Metric.CSOS_ACTIVE, Metric.TRIAGE_REACH, Metric.ROBUSTNESS, Metric.FRAGILITY,
      Metric.EMERGENCIES, Metric.GRANTS_PAID, Metric.PUBLIC_COST, Metric.MIGRANTS};

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "A scenario file (YAML).")
  Path scenario;

  @Option(names = "--reps", paramLabel = "N", description = "Replicates (default: ${DEFAULT-VALUE}).")
  int reps = 1;

  @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's).")
  Long seed;

  @Option(names = "--weeks", paramLabel = "W", description = "Weeks to simulate (default: the scenario's).")
  Integer weeks;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a parameter, e.g. municipality.discretion=0.3 (repeatable).")
  List<String> sets = new ArrayList<>();

  @Mixin
  WorkOptions work = new WorkOptions();

  @Mixin
  ReportOptions report = new ReportOptions();

  @Mixin
  CommonOptions common = new CommonOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Where default result folders go (tests point it elsewhere). */

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    if (reps < 1) {
      err.println("gapfill run: --reps must be at least 1");
      return Gapfill.BAD_INPUT;
    }
    List<String> all = new ArrayList<>(sets);
    if (weeks != null) {
      all.add("horizonWeeks=" + weeks);
    }
    if (seed != null) {
      all.add("seed=" + seed);
    }
    Params params = ScenarioInput.load(scenario, all, err);
    if (params == null) {
      return Gapfill.BAD_INPUT;
    }
    int t = work.threads();
    Instant start = Instant.now();
    try (ResultFolder folder = ResultFolder.create(work.out, work.resultsRoot, params.name, params.seed,
        LocalDateTime.now())) {
      ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal(), common.quiet,
          "replicates");
      List<ReplicateResult> results = Replications.run(params, reps, t, progress);
      RunInfo info = new RunInfo(params.name, ScenarioWriter.write(params,
          "Resolved scenario of " + params.name + " (gapfill " + Version.version() + ")"),
          Gapfill.commandLineText(spec), Version.version(), BuildInfo.gitCommit(),
          System.getProperty("java.version"), t, start, Instant.now(), params.seed);
      ResultWriter.write(folder, info, results);
      folder.commit();
      if (!common.quiet) {
        Summary.print(outWriter, params, results, info.wallSeconds(), folder.path());
      }
      return report.write(folder.path(), outWriter, err, "run", common.quiet);
    } catch (RuntimeException e) {
      return Gapfill.failed(err, "run", e, common.debug);
    }
  }

  /** The headline table and the calibration figures, means with 95% CIs over replicates. */
  static final class Summary {
    private Summary() {
    }

    static void print(PrintWriter out, Params params, List<ReplicateResult> results, double seconds,
        Path folder) {
      int n = results.size();
      out.printf("%s: %d replicate%s x %d weeks in %.1f s%n", params.name, n, n == 1 ? "" : "s",
          params.horizonWeeks, seconds);
      out.printf("%nheadline metrics, mean of the last %d weeks%s:%n", SUMMARY_WEEKS,
          n > 1 ? " (mean and 95% CI over replicates)" : "");
      for (Metric m : HEADLINE) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
          v[k] = results.get(k).recorder().meanOfLast(m, SUMMARY_WEEKS);
        }
        out.printf("  %-26s %s %s%n", m.column(), interval(v), m.meaning());
      }
      calibration(out, results);
      long worst = 0;
      for (ReplicateResult r : results) {
        worst = Math.max(worst, r.recorder().maxImbalance());
      }
      out.printf("%nledger: largest weekly imbalance %d need units (0 = balanced)%n", worst);
      out.printf("results: %s%n", folder);
      out.flush();
    }

    /** Per CSO, the last year's figures that DESIGN §1.8 calibrates against. */
    private static void calibration(PrintWriter out, List<ReplicateResult> results) {
      out.printf("%nCSOs in the last year (calibration figures; csos.csv has them per replicate):%n");
      out.printf("  %-32s %-13s %-35s %-35s %s%n", "name", "type", "cases/year", "people/year",
          "places used");
      int csos = results.get(0).csos().size();
      for (int c = 0; c < csos; c++) {
        double[] cases = new double[results.size()];
        double[] people = new double[results.size()];
        double[] places = new double[results.size()];
        for (int k = 0; k < results.size(); k++) {
          ReplicateResult.CsoRow row = results.get(k).csos().get(c);
          cases[k] = row.casesPerYear();
          people[k] = row.peoplePerYear();
          places[k] = row.placesUsed();
        }
        ReplicateResult.CsoRow first = results.get(0).csos().get(c);
        out.printf("  %-32s %-13s %s %s %s%n", clip(first.name()), first.type(),
            interval(cases), interval(people), interval(places));
      }
    }

    private static String clip(String s) {
      return s.length() <= 32 ? s : s.substring(0, 31) + "…";
    }

    static String interval(double[] v) {
      Stats.Summary s = Stats.of(v);
      if (s.n() <= 1) {
        return String.format("%10s %-24s", format(s.mean()), "");
      }
      return String.format("%10s %-24s", format(s.mean()),
          "[" + format(s.ciLow()) + " – " + format(s.ciHigh()) + "]");
    }

    static String format(double v) {
      if (Double.isNaN(v)) {
        return "–";
      }
      if (Math.abs(v) >= 1000) {
        return String.format("%,.0f", v);
      }
      return String.format("%.3f", v);
    }
  }
}
