package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapfill.experiment.ModelFunction;
import org.gapfill.experiment.Parallel;
import org.gapfill.experiment.sensitivity.IndexTable;
import org.gapfill.experiment.sensitivity.Morris;
import org.gapfill.experiment.sensitivity.Parameter;
import org.gapfill.experiment.sensitivity.ParameterSpace;
import org.gapfill.experiment.sensitivity.Sobol;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.output.CsvWriter;
import org.gapfill.output.ResultFolder;
import org.gapfill.scenario.Catalog;
import org.gapfill.scenario.Overrides;
import org.gapfill.scenario.ScenarioException;
import org.gapfill.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gapfill sensitivity}: Morris elementary effects or Sobol indices of the model. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Which parameters matter: Morris elementary effects (mu*, sigma) or Sobol "
        + "first-order and total indices (Saltelli sampling, Jansen estimator), each with "
        + "bootstrap 95%% CIs, for metrics averaged over the last 52 weeks."},
    footer = {"", "Example:",
        "  gapfill sensitivity scenarios/classroom.yaml --method morris --trajectories 10 \\",
        "      --param municipality.discretion=0.1:0.9 --param volunteers.recruitmentPerWeek=0.5:5 \\",
        "      --metric unmetNeed --metric gapFillingLoad",
        "Exit codes: 0 success, 1 a run failed, 2 bad input."})
public final class SensitivityCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SCENARIO", description = "The scenario.")
  Path scenario;

  @Option(names = "--method", required = true, paramLabel = "morris|sobol", description = "The method.")
  String method;

  @Option(names = "--param", required = true, paramLabel = "PATH=MIN:MAX",
      description = "A parameter and its range (repeatable).")
  List<String> params;

  @Option(names = "--metric", required = true, paramLabel = "M", description = "A metric column (repeatable).")
  List<String> metricNames;

  @Option(names = "--trajectories", paramLabel = "R", description = "Morris trajectories (default: ${DEFAULT-VALUE}).")
  int trajectories = 10;

  @Option(names = "--samples", paramLabel = "N", description = "Sobol base samples (default: ${DEFAULT-VALUE}).")
  int samples = 64;

  @Option(names = "--reps", paramLabel = "N", description = "Replicates averaged per point (default: ${DEFAULT-VALUE}).")
  int reps = 1;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the design and bootstrap (default: ${DEFAULT-VALUE}).")
  long seed = 1;

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
    Params base = ScenarioInput.load(scenario, List.of(), err);
    if (base == null) {
      return Gapfill.BAD_INPUT;
    }
    List<Parameter> space = new ArrayList<>();
    List<Boolean> whole = new ArrayList<>();
    List<Metric> metrics = new ArrayList<>();
    String problem = readInputs(base, space, whole, metrics);
    if (problem != null) {
      err.println("gapfill sensitivity: " + problem);
      return Gapfill.BAD_INPUT;
    }
    return run(base, ParameterSpace.of(space.toArray(new Parameter[0])), whole, metrics, err);
  }

  /** Reads --param, --metric and the sizes; returns a one-line problem or null. */
  private String readInputs(Params base, List<Parameter> space, List<Boolean> whole,
      List<Metric> metrics) {
    if (!method.equals("morris") && !method.equals("sobol")) {
      return "--method " + method + ": expected morris or sobol";
    }
    if (trajectories < 2 || samples < 2 || reps < 1) {
      return "--trajectories and --samples must be at least 2, --reps at least 1";
    }
    for (String p : params) {
      int eq = p.lastIndexOf('=');
      String[] range = eq < 0 ? new String[0] : p.substring(eq + 1).split(":");
      if (range.length != 2) {
        return "--param " + p + ": expected PATH=MIN:MAX, e.g. municipality.discretion=0.1:0.9";
      }
      String path = p.substring(0, eq);
      try {
        double min = Double.parseDouble(range[0]);
        double max = Double.parseDouble(range[1]);
        if (!(min < max)) {
          return "--param " + p + ": MIN must be less than MAX";
        }
        Overrides.apply(base.copy(), path + "=" + ScenarioWriter.number(min));
        Overrides.apply(base.copy(), path + "=" + ScenarioWriter.number(max));
        space.add(new Parameter(path, min, max));
        whole.add(isWhole(base, path));
      } catch (NumberFormatException e) {
        return "--param " + p + ": MIN and MAX must be numbers";
      } catch (ScenarioException e) {
        return "--param " + p + ": " + e.errors().get(0).message();
      }
    }
    for (String m : metricNames) {
      Metric metric = Metric.fromColumn(m);
      if (metric == null || metric == Metric.WEEK) {
        return "--metric " + m + ": unknown metric (see docs/metrics.md)";
      }
      metrics.add(metric);
    }
    return null;
  }

  private static boolean isWhole(Params base, String path) {
    return Catalog.of(base).stream().anyMatch(l -> l.path().equals(path)
        && l.type().equals("whole number"));
  }

  private int run(Params base, ParameterSpace space, List<Boolean> whole, List<Metric> metrics,
      PrintWriter err) {
    int t = work.threads();
    List<String> paths = new ArrayList<>();
    space.parameters().forEach(p -> paths.add(p.name()));
    ModelFunction f = new ModelFunction(base, paths, whole, metrics, reps);
    Morris morris = method.equals("morris") ? Morris.builder(space, trajectories, seed).build() : null;
    Sobol sobol = method.equals("sobol") ? Sobol.builder(space, samples, seed).build() : null;
    List<double[]> points = morris != null ? morris.samplePoints() : sobol.samplePoints();
    try (ResultFolder folder = ResultFolder.create(work.out, work.resultsRoot, "sensitivity-" + base.name,
        seed, LocalDateTime.now())) {
      ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal(), common.quiet, "points");
      List<double[]> outputs = Parallel.run(points.size(), t, k -> f.evaluate(points.get(k)), progress);
      double[][] y = outputs.toArray(new double[0][]);
      List<String[]> table = new ArrayList<>();
      if (morris != null) {
        Morris.Result r = morris.analyse(y);
        rows(table, metrics, paths, "mu", r.mu());
        rows(table, metrics, paths, "muStar", r.muStar());
        rows(table, metrics, paths, "sigma", r.sigma());
      } else {
        Sobol.Result r = sobol.analyse(y);
        rows(table, metrics, paths, "firstOrder", r.firstOrder());
        rows(table, metrics, paths, "total", r.total());
      }
      folder.writeText("sensitivity.csv", indices(table));
      folder.writeText("points.csv", pointsCsv(f, points, y, paths, metrics));
      folder.writeText("scenario.yaml", ScenarioWriter.write(base, "Base scenario of the analysis"));
      folder.commit();
      if (!common.quiet) {
        print(spec.commandLine().getOut(), table, points.size(), folder.path());
      }
      return report.write(folder.path(), spec.commandLine().getOut(), err, "sensitivity", common.quiet);
    } catch (RuntimeException e) {
      return Gapfill.failed(err, "sensitivity", e, common.debug);
    }
  }

  private void rows(List<String[]> table, List<Metric> metrics, List<String> paths, String index,
      IndexTable values) {
    for (int m = 0; m < metrics.size(); m++) {
      for (int p = 0; p < paths.size(); p++) {
        var e = values.get(m, p);
        table.add(new String[] {method, metrics.get(m).column(), paths.get(p), index,
            CsvWriter.number(e.estimate()), CsvWriter.number(e.ciLow()), CsvWriter.number(e.ciHigh())});
      }
    }
  }

  private static String indices(List<String[]> table) {
    CsvWriter csv = new CsvWriter(List.of("method", "metric", "parameter", "index", "estimate",
        "ciLow", "ciHigh"));
    for (String[] row : table) {
      for (String cell : row) {
        csv.cell(cell);
      }
      csv.endRow();
    }
    return csv.text();
  }

  private static String pointsCsv(ModelFunction f, List<double[]> points, double[][] y,
      List<String> paths, List<Metric> metrics) {
    List<String> header = new ArrayList<>(List.of("point"));
    header.addAll(paths);
    metrics.forEach(m -> header.add(m.column()));
    CsvWriter csv = new CsvWriter(header);
    for (int k = 0; k < points.size(); k++) {
      csv.cell(k + 1);
      f.values(points.get(k)).forEach(csv::cell);
      for (double v : y[k]) {
        csv.cell(v);
      }
      csv.endRow();
    }
    return csv.text();
  }

  private void print(PrintWriter o, List<String[]> table, int points, Path folder) {
    o.printf("%s with %d model points%n%n", method.equals("morris") ? "Morris elementary effects"
        : "Sobol indices", points);
    o.printf("  %-22s %-40s %-10s %10s  %s%n", "metric", "parameter", "index", "estimate", "95% CI");
    for (String[] r : table) {
      if (r[3].equals("mu")) {
        continue;
      }
      o.printf("  %-22s %-40s %-10s %10s  [%s – %s]%n", r[1], r[2], r[3],
          RunCommand.Summary.format(Double.parseDouble(r[4])),
          RunCommand.Summary.format(Double.parseDouble(r[5])),
          RunCommand.Summary.format(Double.parseDouble(r[6])));
    }
    o.printf("%nresults: %s%n", folder);
    o.flush();
  }
}
