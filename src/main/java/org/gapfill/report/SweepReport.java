package org.gapfill.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gapfill.model.metrics.Metric;

/** The report of a {@code gapfill sweep} folder: one response scatter per parameter. */
final class SweepReport {
  private SweepReport() {
  }

  static Page build(Path dir, Path charts, List<ChartFile> drawn) {
    Csv sweep = Csv.read(dir.resolve("sweep.csv"));
    List<String> params = parameters(dir, sweep);
    List<String> metrics = new ArrayList<>();
    for (String h : sweep.header()) {
      if (!h.equals("point") && !h.equals("replicate") && !h.equals("seed") && !params.contains(h)) {
        metrics.add(h);
      }
    }
    Page page = new Page("gapfill sweep: " + dir.getFileName());
    page.h2("What was run");
    page.p("lead", "The same city run at " + distinct(sweep.column("point")) + " combinations of "
        + params.size() + " parameter(s), " + sweep.size() + " runs in all. Each dot is one run: its "
        + "parameter value and the mean of a metric over its last 52 weeks.");
    page.list(false, "", params);
    page.h2("Findings");
    for (String p : params) {
      for (String m : metrics) {
        double r = correlation(sweep.column(p), sweep.column(m));
        String how = Math.abs(r) < 0.2 ? p + " is hardly related to " + m
            : "Higher " + p + " goes " + (Math.abs(r) >= 0.5 ? "strongly" : "somewhat") + " with "
                + (r >= 0 ? "higher " : "lower ") + m;
        page.p("finding", how + String.format(Locale.ROOT, " (correlation %.2f over %d runs).", r,
            sweep.size()));
      }
    }
    page.h2("Charts");
    for (String p : params) {
      double[][] xs = new double[metrics.size()][];
      double[][] ys = new double[metrics.size()][];
      for (int k = 0; k < metrics.size(); k++) {
        xs[k] = sweep.column(p);
        ys[k] = sweep.column(metrics.get(k));
      }
      ChartFile f = ChartFile.write(Charts.scatter("Response to " + p, p, "metric (mean of last 52 weeks)",
          metrics, xs, ys), charts, "sweep-" + slug(p), "Each metric against " + p + "; one dot per run.");
      page.figure(f);
      drawn.add(f);
    }
    ScenarioInfo info = ScenarioInfo.read(dir);
    Path json = dir.resolve("sweep.json");
    String manifest = "";
    try {
      manifest = Files.isRegularFile(json) ? Files.readString(json) : "";
    } catch (java.io.IOException e) {
      throw new ReportException("cannot read " + json + ": " + e.getMessage());
    }
    Report.reproducibility(page, new ScenarioInfo(info.name(), info.description(), info.tree(), manifest),
        "Run the sweep file named below again to reproduce sweep.csv byte for byte.");
    return page;
  }

  /** The parameter columns: design.csv's header, else the columns after seed that are no metric. */
  static List<String> parameters(Path dir, Csv sweep) {
    List<String> out = new ArrayList<>();
    Path design = dir.resolve("design.csv");
    if (Files.isRegularFile(design)) {
      for (String h : Csv.read(design).header()) {
        if (!h.equals("point")) {
          out.add(h);
        }
      }
      return out;
    }
    java.util.Set<String> metricColumns = new java.util.HashSet<>();
    for (Metric m : Metric.values()) {
      metricColumns.add(m.column());
    }
    int seed = sweep.header().indexOf("seed");
    for (String h : sweep.header().subList(seed + 1, sweep.header().size())) {
      if (!metricColumns.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }

  static String slug(String s) {
    return s.replaceAll("[^A-Za-z0-9.-]+", "_");
  }

  private static int distinct(double[] v) {
    return (int) java.util.Arrays.stream(v).distinct().count();
  }

  static double correlation(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        mx += x[i];
        my += y[i];
        n++;
      }
    }
    if (n < 2) {
      return 0;
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
      }
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }
}
