package org.gapfill.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The report of a {@code gapfill sensitivity} folder: Morris μ*–σ plots or Sobol bars, with CIs. */
final class SensitivityReport {
  private SensitivityReport() {
  }

  static Page build(Path dir, Path charts, List<ChartFile> drawn) {
    Csv csv = Csv.read(dir.resolve("sensitivity.csv"));
    LinkedHashSet<String> metrics = new LinkedHashSet<>();
    LinkedHashSet<String> params = new LinkedHashSet<>();
    String method = csv.size() == 0 ? "" : csv.text(0, "method");
    for (int i = 0; i < csv.size(); i++) {
      metrics.add(csv.text(i, "metric"));
      params.add(csv.text(i, "parameter"));
    }
    List<String> ps = new ArrayList<>(params);
    ScenarioInfo info = ScenarioInfo.read(dir);
    Page page = new Page("gapfill sensitivity (" + method + "): " + info.name());
    page.h2("What was run");
    if (!info.description().isEmpty()) {
      page.p("lead", info.description());
    }
    page.p("", method.equals("sobol")
        ? "Sobol analysis: the first-order index is the share of a metric's variance due to one "
            + "parameter alone, the total index includes its interactions with the others."
        : "Morris screening: μ* is how much a metric moves, on average, when one parameter moves "
            + "across its range; σ shows whether the effect depends on the other parameters.");
    page.list(false, "", ps);
    page.h2("Findings");
    String rankBy = method.equals("sobol") ? "total" : "muStar";
    for (String m : metrics) {
      List<Charts.Ci> key = series(csv, m, ps, rankBy);
      int best = 0;
      for (int p = 1; p < ps.size(); p++) {
        if (key.get(p).estimate() > key.get(best).estimate()) {
          best = p;
        }
      }
      if (!ps.isEmpty()) {
        Charts.Ci c = key.get(best);
        page.p("finding", m + " depends most on " + ps.get(best) + String.format(Locale.ROOT,
            " (%s %.3g [%.3g – %.3g]).", rankBy.equals("total") ? "total index" : "μ*", c.estimate(),
            c.low(), c.high()));
      }
    }
    page.h2("Charts");
    for (String m : metrics) {
      ChartFile f = method.equals("sobol")
          ? ChartFile.write(Charts.sobol("Sobol indices: " + m, ps, series(csv, m, ps, "firstOrder"),
              series(csv, m, ps, "total")), charts, "sobol-" + m,
              "First-order and total Sobol indices of " + m + " with 95% bootstrap CIs.")
          : ChartFile.write(Charts.morris("Morris screening: " + m, ps, series(csv, m, ps, "muStar"),
              series(csv, m, ps, "sigma")), charts, "morris-" + m,
              "Each parameter's μ* and σ for " + m + ", with 95% bootstrap CIs as error bars.");
      page.figure(f);
      drawn.add(f);
    }
    page.h2("Indices");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < csv.size(); i++) {
      rows.add(List.of(csv.text(i, "metric"), csv.text(i, "parameter"), csv.text(i, "index"),
          fmt(csv.number(i, "estimate")), "[" + fmt(csv.number(i, "ciLow")) + " – "
              + fmt(csv.number(i, "ciHigh")) + "]"));
    }
    page.table(List.of("metric", "parameter", "index", "estimate", "95% CI"), rows);
    Report.reproducibility(page, info, "scenario.yaml in this folder is the base scenario; "
        + "points.csv lists every model run of the analysis.");
    return page;
  }

  private static String fmt(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "–";
  }

  /** Per parameter, an index of a metric with its CI (NaN when absent). */
  static List<Charts.Ci> series(Csv csv, String metric, List<String> params, String index) {
    List<Charts.Ci> out = new ArrayList<>();
    for (String p : params) {
      Charts.Ci found = new Charts.Ci(Double.NaN, Double.NaN, Double.NaN);
      for (int i = 0; i < csv.size(); i++) {
        if (csv.text(i, "metric").equals(metric) && csv.text(i, "parameter").equals(p)
            && csv.text(i, "index").equals(index)) {
          found = new Charts.Ci(csv.number(i, "estimate"), csv.number(i, "ciLow"), csv.number(i, "ciHigh"));
        }
      }
      out.add(found);
    }
    return out;
  }
}
