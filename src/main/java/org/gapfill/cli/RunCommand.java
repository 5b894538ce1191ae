package org.gapfill.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gapfill.model.CityModel;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.metrics.MetricsRecorder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gapfill run}: runs a city and prints its headline metrics. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the model and print the headline metrics (means over the last 52 weeks). "
        + "Without SCENARIO it runs the built-in Vienna-like city.")
public final class RunCommand implements Callable<Integer> {
  /** Weeks over which the summary averages (DESIGN §1.7: means over the last 52 weeks). */
  static final int SUMMARY_WEEKS = 52;

  private static final Metric[] HEADLINE = {
      Metric.UNMET_NEED, Metric.UNMET_CRITICAL, Metric.MEAN_WAIT_WEEKS, Metric.GAP_FILLING_LOAD,
      Metric.REFERRAL_SUCCESS, Metric.VOLUNTEERS, Metric.VOLUNTEER_SHARE,
      Metric.UTILISATION_CIVIC, Metric.UTILISATION_INSTITUTIONAL, Metric.UTILISATION_AUTONOMOUS,
      Metric.CSOS_ACTIVE, Metric.TRIAGE_REACH, Metric.ROBUSTNESS, Metric.FRAGILITY,
      Metric.EMERGENCIES, Metric.GRANTS_PAID, Metric.PUBLIC_COST, Metric.MIGRANTS};

  @Parameters(arity = "0..1", paramLabel = "SCENARIO",
      description = "A scenario file (not read yet: scenario files come with the scenario loader).")
  String scenario;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: the scenario's, 1).")
  Long seed;

  @Option(names = "--weeks", paramLabel = "W", description = "Weeks to simulate (default: 520).")
  Integer weeks;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (scenario != null) {
      err.println("gapfill run: " + scenario + ": reading scenario files is not available in this "
          + "version; run without SCENARIO for the built-in city");
      return Gapfill.BAD_INPUT;
    }
    Params params = DefaultCity.params();
    if (seed != null) {
      params.seed = seed;
    }
    if (weeks != null) {
      if (weeks < 1) {
        err.println("gapfill run: --weeks: must be at least 1 (got " + weeks + ")");
        return Gapfill.BAD_INPUT;
      }
      params.horizonWeeks = weeks;
    }
    long start = System.nanoTime();
    CityModel model = new CityModel(params);
    model.runToEnd();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!quiet) {
      print(spec.commandLine().getOut(), params, model.recorder(), seconds);
    }
    return 0;
  }

  private static void print(PrintWriter out, Params params, MetricsRecorder r, double seconds) {
    out.printf("%s, seed %d: %d weeks in %.1f s%n", params.name, params.seed, r.weeks(), seconds);
    out.printf("headline metrics, mean of the last %d weeks:%n", Math.min(SUMMARY_WEEKS, r.weeks()));
    for (Metric m : HEADLINE) {
      out.printf("  %-26s %12s   %s%n", m.column(), format(r.meanOfLast(m, SUMMARY_WEEKS)),
          m.meaning());
    }
    out.printf("ledger: largest weekly imbalance %d need units (0 = balanced)%n", r.maxImbalance());
    out.flush();
  }

  static String format(double v) {
    if (Math.abs(v) >= 1000) {
      return String.format("%,.0f", v);
    }
    return String.format("%.3f", v);
  }
}
