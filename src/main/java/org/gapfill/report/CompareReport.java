package org.gapfill.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** The report of a {@code gapfill compare} folder: every scenario's band per metric, and paired differences. */
final class CompareReport {
  private CompareReport() {
  }

  static Page build(Path dir, Path charts, List<ChartFile> drawn) {
    Csv cmp = Csv.read(dir.resolve("comparison.csv"));
    LinkedHashSet<String> scenarios = new LinkedHashSet<>();
    LinkedHashSet<String> metrics = new LinkedHashSet<>();
    for (int i = 0; i < cmp.size(); i++) {
      scenarios.add(cmp.text(i, "scenario"));
      metrics.add(cmp.text(i, "metric"));
    }
    List<String> names = new ArrayList<>(scenarios);
    if (names.isEmpty()) {
      throw new ReportException(dir.resolve("comparison.csv") + ": no rows");
    }
    Page page = new Page("gapfill comparison: " + String.join(" vs ", names));
    whatWasRun(dir, page, names);
    List<MetricInfo> shown = new ArrayList<>();
    for (MetricInfo m : MetricInfo.HEADLINE) {
      if (metrics.contains(m.column())) {
        shown.add(m);
      }
    }
    page.h2("Findings");
    for (String s : findings(cmp, names, shown)) {
      page.p("finding", s);
    }
    page.h2("Charts");
    for (ChartFile f : charts(dir, charts, names, shown)) {
      page.figure(f);
      drawn.add(f);
    }
    page.h2("Headline numbers");
    page.p("", "Means over the last 52 weeks with 95% confidence intervals; differences are paired "
        + "(the same seeds in every scenario) against the base, " + names.get(0) + ".");
    page.table(List.of("metric", "scenario", "value [95% CI]", "difference to base [95% CI]",
        "p (Welch)"), table(cmp, shown));
    ScenarioInfo base = ScenarioInfo.read(dir.resolve(names.get(0)));
    Report.reproducibility(page, base, "Each scenario's folder holds its resolved scenario.yaml and "
        + "manifest.json; the base scenario's manifest follows.");
    return page;
  }

  private static void whatWasRun(Path dir, Page page, List<String> names) {
    page.h2("What was run");
    page.p("lead", "The same city under " + names.size() + " policy options, run with the same random "
        + "seeds (common random numbers), so differences come from the policies, not from chance. "
        + "The first is the base every other option is compared with.");
    for (String n : names) {
      Path sub = dir.resolve(n);
      if (!Files.isDirectory(sub)) {
        continue;
      }
      ScenarioInfo info = ScenarioInfo.read(sub);
      page.h3(n + ": " + info.name());
      if (!info.description().isEmpty()) {
        page.p("", info.description());
      }
      List<String> items = Events.timeline(Events.read(sub));
      if (!items.isEmpty()) {
        page.list(true, "timeline", items);
      }
    }
  }

  /** One chart per shown metric, with every scenario's mean and 95% band. */
  static List<ChartFile> charts(Path dir, Path charts, List<String> names, List<MetricInfo> shown) {
    List<Csv> means = new ArrayList<>();
    List<String> present = new ArrayList<>();
    List<Charts.EventMark> marks = new ArrayList<>();
    for (String n : names) {
      Path f = dir.resolve(n).resolve("timeseries-mean.csv");
      if (Files.isRegularFile(f)) {
        means.add(Csv.read(f));
        present.add(n);
        for (Charts.EventMark m : Events.marks(Events.read(dir.resolve(n)))) {
          if (marks.stream().noneMatch(x -> x.week() == m.week() && x.label().equals(m.label()))) {
            marks.add(m);
          }
        }
      }
    }
    List<ChartFile> out = new ArrayList<>();
    for (MetricInfo m : shown) {
      List<Charts.Band> bands = new ArrayList<>();
      for (int s = 0; s < means.size(); s++) {
        if (means.get(s).has(m.column() + ".mean")) {
          bands.add(RunReport.band(means.get(s), m.column(), present.get(s)));
        }
      }
      if (!bands.isEmpty()) {
        out.add(ChartFile.write(Charts.bands(m.label(), m.column(), bands, marks), charts,
            "compare-" + m.column(), m.label() + " (" + m.plain() + ") in every scenario: mean with "
                + "95% CI band; vertical lines mark policy events."));
      }
    }
    return out;
  }

  static List<String> findings(Csv cmp, List<String> names, List<MetricInfo> shown) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cmp.size(); i++) {
      String scenario = cmp.text(i, "scenario");
      MetricInfo m = MetricInfo.of(cmp.text(i, "metric"));
      double diff = cmp.number(i, "diff");
      if (scenario.equals(names.get(0)) || !shown.contains(m) || !Double.isFinite(diff)) {
        continue;
      }
      double lo = cmp.number(i, "diffCiLow");
      double hi = cmp.number(i, "diffCiHigh");
      boolean clear = lo > 0 || hi < 0;
      Estimate level = new Estimate(cmp.number(i, "mean"), cmp.number(i, "ciLow"),
          cmp.number(i, "ciHigh"), 2);
      out.add("Under " + scenario + ", " + m.label().toLowerCase(Locale.ROOT) + " is "
          + m.formatWithCi(level) + ": " + m.formatDiff(diff) + " [" + m.formatDiff(lo) + " to "
          + m.formatDiff(hi) + "] against " + names.get(0) + (clear
              ? (diff > 0 ? " — clearly higher." : " — clearly lower.")
              : " — not distinguishable from the base with these replicates."));
    }
    return out;
  }

  private static List<List<String>> table(Csv cmp, List<MetricInfo> shown) {
    List<List<String>> rows = new ArrayList<>();
    for (MetricInfo m : shown) {
      for (int i = 0; i < cmp.size(); i++) {
        if (!cmp.text(i, "metric").equals(m.column())) {
          continue;
        }
        Estimate level = new Estimate(cmp.number(i, "mean"), cmp.number(i, "ciLow"),
            cmp.number(i, "ciHigh"), 2);
        double diff = cmp.number(i, "diff");
        String d = Double.isFinite(diff) ? m.formatDiff(diff) + " [" + m.formatDiff(cmp.number(i,
            "diffCiLow")) + " to " + m.formatDiff(cmp.number(i, "diffCiHigh")) + "]" : "(base)";
        double p = cmp.number(i, "pWelch");
        rows.add(List.of(m.label(), cmp.text(i, "scenario"), m.formatWithCi(level), d,
            Double.isFinite(p) ? String.format(Locale.ROOT, "%.3g", p) : ""));
      }
    }
    return rows;
  }
}
