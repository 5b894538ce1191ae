package org.gapfill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gapfill.report.ChartAssert;
import org.gapfill.report.ChartFile;
import org.gapfill.report.NetworkPicture;
import org.gapfill.report.Report;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gapfill report} and the reports written by run, compare, sweep and sensitivity. */
class ReportCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cl = Gapfill.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private Path city(String file, String name, double discretion) throws IOException {
    Path f = dir.resolve(file);
    Files.writeString(f, """
        name: %s
        description: A tiny city for report tests.
        horizonWeeks: 60
        scale: 0.05
        migrants: {initial: 15000}
        municipality: {discretion: %s}
        csos:
          - {name: Clinic, type: civic, domains: [health]}
          - {name: Welfare, type: institutional, domains: [subsistence, housing]}
          - {name: Counselling, type: autonomous, domains: [legal]}
        events:
          - {at: 30, type: fundingCut, target: civic, fraction: 0.5}
        """.formatted(name, discretion));
    return f;
  }

  private static void allChartsValid(Path charts) throws Exception {
    try (Stream<Path> files = Files.list(charts)) {
      for (Path png : files.filter(p -> p.toString().endsWith(".png")).toList()) {
        String base = png.getFileName().toString().replace(".png", "");
        int w = base.startsWith("network-") ? NetworkPicture.SIZE : ChartFile.WIDTH;
        int h = base.startsWith("network-") ? NetworkPicture.SIZE : ChartFile.HEIGHT;
        ChartAssert.validPair(png, charts.resolve(base + ".svg"), w, h);
      }
    }
  }

  @Test
  void runWritesEveryRunChartAndTheReport() throws Exception {
    Path run = dir.resolve("run");
    assertEquals(0, execute("run", city("a.yaml", "Tiny", 0.5).toString(), "--reps", "3", "--out",
        run.toString(), "--threads", "2"), err.toString());
    assertTrue(out.toString().contains("report: "), out.toString());
    Path charts = run.resolve("charts");
    for (String m : List.of("unmetNeed", "gapFillingLoad", "referralSuccess", "fragility",
        "volunteerShare", "emergencies", "publicCost")) {
      assertTrue(Files.exists(charts.resolve("metric-" + m + ".svg")), m);
    }
    for (String c : List.of("need-met", "utilisation-by-type", "volunteer-hours-by-type",
        "network-week-0000")) {
      assertTrue(Files.exists(charts.resolve(c + ".png")), c);
    }
    allChartsValid(charts);
    String html = Files.readString(run.resolve("report.html"));
    assertTrue(html.contains("Unmet need"), "findings name the metric");
    assertTrue(html.contains("week 30: fundingCut"), "the event is on the timeline");
    assertFalse(html.contains("<script"), "no script");
  }

  @Test
  void reportingTwiceGivesTheSameBytes() throws Exception {
    Path run = dir.resolve("run");
    assertEquals(0, execute("run", city("a.yaml", "Tiny", 0.5).toString(), "--reps", "2", "--out",
        run.toString(), "--no-report", "--quiet"), err.toString());
    assertFalse(Files.exists(run.resolve("report.html")), "--no-report writes no report");
    assertFalse(Files.exists(run.resolve("charts")));
    assertEquals(0, execute("report", run.toString()), err.toString());
    byte[] first = Files.readAllBytes(run.resolve("report.html"));
    byte[] svg = Files.readAllBytes(run.resolve("charts/metric-unmetNeed.svg"));
    assertEquals(0, execute("report", run.toString()), err.toString());
    assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(run.resolve("report.html"))));
    assertTrue(java.util.Arrays.equals(svg, Files.readAllBytes(run.resolve("charts/metric-unmetNeed.svg"))));
  }

  @Test
  void compareFolderGetsOneBandChartPerMetricWithEveryScenario() throws Exception {
    Path cmp = dir.resolve("cmp");
    assertEquals(0, execute("compare", city("base.yaml", "Base", 0.5).toString(),
        city("low.yaml", "Low", 0.1).toString(), city("high.yaml", "High", 0.9).toString(),
        "--reps", "3", "--out", cmp.toString(), "--no-report", "--quiet"), err.toString());
    assertFalse(Files.exists(cmp.resolve("report.html")));
    assertEquals(0, execute("report", cmp.toString()), err.toString());
    Report.Written w = Report.write(cmp);
    assertEquals(Report.Kind.COMPARE, w.kind());
    ChartFile unmet = w.charts().stream().filter(c -> c.name().equals("compare-unmetNeed")).findFirst()
        .orElseThrow();
    IntervalXYDataset data = (IntervalXYDataset) unmet.chart().getXYPlot().getDataset();
    assertEquals(3, data.getSeriesCount(), "three scenarios, each a mean with its band");
    assertEquals("base", data.getSeriesKey(0));
    assertTrue(data.getEndYValue(0, 40) >= data.getStartYValue(0, 40));
    for (String m : List.of("unmetNeed", "gapFillingLoad", "fragility", "publicCost")) {
      assertTrue(Files.exists(cmp.resolve("charts/compare-" + m + ".png")), m);
    }
    allChartsValid(cmp.resolve("charts"));
    String html = Files.readString(cmp.resolve("report.html"));
    assertTrue(html.contains("Under low, unmet need is"), "a finding per alternative");
  }

  @Test
  void sensitivityFoldersGetMorrisAndSobolCharts() throws Exception {
    Path morris = dir.resolve("morris");
    assertEquals(0, execute("sensitivity", city("a.yaml", "Tiny", 0.5).toString(), "--method", "morris",
        "--trajectories", "3", "--param", "municipality.discretion=0.1:0.9",
        "--param", "volunteers.recruitmentPerWeek=0.2:3", "--metric", "unmetNeed", "--out",
        morris.toString(), "--quiet", "--no-report"), err.toString());
    assertEquals(0, execute("report", morris.toString()), err.toString());
    assertTrue(Files.exists(morris.resolve("charts/morris-unmetNeed.svg")));
    Report.Written m = Report.write(morris);
    assertEquals(2, m.charts().get(0).chart().getXYPlot().getDataset().getSeriesCount(),
        "one point per parameter");
    Path sobol = dir.resolve("sobol");
    assertEquals(0, execute("sensitivity", city("b.yaml", "Tiny", 0.5).toString(), "--method", "sobol",
        "--samples", "8", "--param", "municipality.discretion=0.1:0.9",
        "--param", "volunteers.recruitmentPerWeek=0.2:3", "--metric", "unmetNeed", "--out",
        sobol.toString(), "--quiet"), err.toString());
    assertTrue(Files.exists(sobol.resolve("report.html")), "written by sensitivity itself");
    assertTrue(Files.exists(sobol.resolve("charts/sobol-unmetNeed.png")));
    allChartsValid(sobol.resolve("charts"));
    allChartsValid(morris.resolve("charts"));
  }

  @Test
  void sweepFolderGetsOneResponseChartPerParameter() throws Exception {
    Path sweepFile = dir.resolve("s.yaml");
    city("city.yaml", "Tiny", 0.5);
    Files.writeString(sweepFile, """
        scenario: city.yaml
        design: {method: lhs, samples: 4}
        replicates: 2
        parameters:
          municipality.discretion: {min: 0.1, max: 0.9}
          volunteers.recruitmentPerWeek: {min: 0.2, max: 3}
        metrics: [unmetNeed, gapFillingLoad]
        """);
    Path sweep = dir.resolve("sweep");
    assertEquals(0, execute("sweep", sweepFile.toString(), "--out", sweep.toString(), "--quiet"),
        err.toString());
    assertTrue(Files.exists(sweep.resolve("report.html")));
    Report.Written w = Report.write(sweep);
    assertEquals(2, w.charts().size(), "one chart per parameter");
    assertEquals(2, w.charts().get(0).chart().getXYPlot().getDataset().getSeriesCount(), "one series per metric");
    assertEquals(8, w.charts().get(0).chart().getXYPlot().getDataset().getItemCount(0), "one dot per run");
    allChartsValid(sweep.resolve("charts"));
    Files.delete(sweep.resolve("design.csv"));
    assertEquals(2, Report.write(sweep).charts().size(), "parameters found without design.csv");
  }

  @Test
  void aFolderItCannotReadIsOneLineAndExitTwo() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertEquals(Gapfill.BAD_INPUT, execute("report", empty.toString()));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("gapfill report: "), err.toString());
    assertEquals(Gapfill.BAD_INPUT, execute("report", dir.resolve("missing").toString()));
    Path broken = Files.createDirectory(dir.resolve("broken"));
    Files.writeString(broken.resolve("timeseries-mean.csv"), "week,\"unterminated\n");
    err.getBuffer().setLength(0);
    assertEquals(Gapfill.BAD_INPUT, execute("report", broken.toString()));
    assertFalse(err.toString().contains("Exception"), err.toString());
  }
}
