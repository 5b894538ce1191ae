package org.gapfill.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The report of one {@code gapfill run} folder. */
final class RunReport {
  static final String[] TYPES = {"civic", "institutional", "autonomous"};
  private static final int MAX_NETWORK_PICTURES = 4;

  private RunReport() {
  }

  static Page build(Path dir, Path charts, List<ChartFile> drawn) {
    ScenarioInfo info = ScenarioInfo.read(dir);
    Csv mean = Csv.read(dir.resolve("timeseries-mean.csv"));
    List<Events.Event> events = Events.read(dir);
    Page page = new Page("gapfill report: " + info.name());
    describe(page, info, mean, events);
    page.h2("Findings");
    for (String s : RunFindings.sentences(dir, events)) {
      page.p("finding", s);
    }
    page.h2("Charts");
    List<ChartFile> own = charts(mean, events, charts, "");
    own.forEach(page::figure);
    drawn.addAll(own);
    network(dir, charts, page, drawn);
    page.h2("Headline numbers");
    headlineTable(page, dir);
    Report.reproducibility(page, info, "Run `gapfill run scenario.yaml` with the seeds and command "
        + "line below to reproduce the CSV files of this folder byte for byte.");
    return page;
  }

  static void describe(Page page, ScenarioInfo info, Csv mean, List<Events.Event> events) {
    page.h2("What was run");
    if (!info.description().isEmpty()) {
      page.p("lead", info.description());
    }
    int reps = mean.size() == 0 ? 0 : (int) mean.number(0, "replicates");
    page.p("", "The simulated city was run " + reps + " time" + (reps == 1 ? "" : "s")
        + " (replicates with different random seeds) for " + mean.size() + " weeks. Lines show the "
        + "mean over replicates, shaded bands the 95% confidence interval of that mean.");
    page.h3("Key parameters");
    page.table(List.of("parameter", "value", "path"), info.keyParameters());
    List<List<String>> csos = info.csos();
    if (!csos.isEmpty()) {
      page.h3("Organisations (CSOs)");
      page.table(List.of("name", "type", "domains", "volunteers"), csos);
    }
    page.h3("Policy timeline");
    List<String> items = Events.timeline(events);
    if (items.isEmpty()) {
      page.p("", "No policy events: the city keeps its rules for the whole run.");
    } else {
      page.list(true, "timeline", items);
    }
  }

  static Charts.Band band(Csv mean, String metric, String name) {
    return new Charts.Band(name, mean.column("week"), mean.column(metric + ".mean"),
        mean.column(metric + ".ciLow"), mean.column(metric + ".ciHigh"));
  }

  /** Every chart of a run: the headline metrics, who meets need, and by CSO type. */
  static List<ChartFile> charts(Csv mean, List<Events.Event> events, Path dir, String prefix) {
    List<ChartFile> out = new ArrayList<>();
    List<Charts.EventMark> marks = Events.marks(events);
    for (MetricInfo m : MetricInfo.HEADLINE.subList(0, MetricInfo.CHARTED)) {
      if (!mean.has(m.column() + ".mean")) {
        continue;
      }
      out.add(ChartFile.write(Charts.bands(m.label(), m.column(), List.of(band(mean, m.column(),
          m.label())), marks), dir, prefix + "metric-" + m.column(),
          m.label() + " (" + m.plain() + "): mean over replicates with 95% CI band; vertical lines "
              + "mark policy events (dashed: organisations founded or closed)."));
    }
    double[] x = mean.column("week");
    String[] ledger = {"metPublic", "metReferred", "metCso", "dropped"};
    double[][] v = new double[ledger.length][];
    for (int i = 0; i < ledger.length; i++) {
      v[i] = mean.column(ledger[i] + ".mean");
    }
    Paint[] ledgerPaints = {new Color(0x1f77b4), new Color(0x17becf), new Color(0x2ca02c),
        new Color(0xd62728)};
    out.add(ChartFile.write(Charts.stacked("Who meets need", "need units per week", x,
        List.of("public services", "referred by CSOs into public services", "CSOs' own services",
            "unmet (dropped)"), v, ledgerPaints), dir, prefix + "need-met",
        "Need met each week by public services directly, by public services after a CSO referral, "
            + "and by CSOs' parallel services; the top layer is need that left unmet that week "
            + "(the ledger's 'dropped': people gave up, left or were removed). Mean over replicates."));
    out.add(byType(mean, x, "utilisation", "Utilisation by CSO type", "hours demanded / available",
        marks, dir, prefix + "utilisation-by-type",
        "Hours demanded per hour available, by CSO type (above 1: more work than hands)."));
    double[][] vh = new double[TYPES.length][];
    for (int t = 0; t < TYPES.length; t++) {
      double[] hours = mean.column("csoHours." + TYPES[t] + ".mean");
      double[] share = mean.column("volunteerShare." + TYPES[t] + ".mean");
      vh[t] = new double[hours.length];
      for (int i = 0; i < hours.length; i++) {
        vh[t][i] = hours[i] * share[i];
      }
    }
    out.add(ChartFile.write(Charts.lines("Volunteer hours by CSO type", "hours per week", x,
        List.of(TYPES), vh, typePaints(), marks), dir, prefix + "volunteer-hours-by-type",
        "Service hours given by volunteers each week (CSO hours × volunteer share), by CSO type."));
    return out;
  }

  private static ChartFile byType(Csv mean, double[] x, String column, String title, String yLabel,
      List<Charts.EventMark> marks, Path dir, String name, String caption) {
    double[][] v = new double[TYPES.length][];
    for (int t = 0; t < TYPES.length; t++) {
      v[t] = mean.column(column + "." + TYPES[t] + ".mean");
    }
    return ChartFile.write(Charts.lines(title, yLabel, x, List.of(TYPES), v, typePaints(), marks),
        dir, name, caption);
  }

  static Paint[] typePaints() {
    Paint[] p = new Paint[TYPES.length];
    for (int t = 0; t < TYPES.length; t++) {
      p[t] = NetworkPicture.TYPE_COLOURS.get(TYPES[t]);
    }
    return p;
  }

  /** Network pictures at up to four snapshot weeks of replicate 1. */
  static void network(Path dir, Path charts, Page page, List<ChartFile> drawn) {
    Path net = dir.resolve("network");
    if (!Files.isDirectory(net)) {
      return;
    }
    TreeSet<String> weeks = new TreeSet<>();
    try (Stream<Path> files = Files.list(net)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.matches("week-\\d+\\.graphml"))
          .forEach(n -> weeks.add(n.substring(0, n.length() - ".graphml".length())));
    } catch (IOException e) {
      throw new ReportException("cannot list " + net + ": " + e.getMessage());
    }
    List<String> chosen = choose(new ArrayList<>(weeks));
    if (chosen.isEmpty()) {
      return;
    }
    page.h2("Referral network");
    page.p("", "Who can pass a person on to whom, in replicate 1. Public services sit in the middle, "
        + "CSOs around them, coloured by type; thicker lines are stronger ties. A red ring marks a "
        + "single point of failure: an organisation whose loss splits the network.");
    for (String w : chosen) {
      Path edges = net.resolve(w + "-edges.csv");
      if (!Files.isRegularFile(edges)) {
        continue;
      }
      int week = Integer.parseInt(w.substring("week-".length()));
      NetworkPicture pic = NetworkPicture.read(net.resolve(w + ".graphml"), edges,
          "Referral network, week " + week);
      ChartFile f = pic.write(charts, "network-" + w, "Referral network in week " + week + ": "
          + pic.nodes().size() + " organisations and services, " + pic.edges().size() + " ties.");
      page.figure(f);
      drawn.add(f);
    }
  }

  private static List<String> choose(List<String> weeks) {
    if (weeks.size() <= MAX_NETWORK_PICTURES) {
      return weeks;
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < MAX_NETWORK_PICTURES; k++) {
      out.add(weeks.get((int) Math.round((double) k * (weeks.size() - 1) / (MAX_NETWORK_PICTURES - 1))));
    }
    return out;
  }

  /** Means of the last 52 weeks over replicates (summary.csv), with 95% CIs. */
  static void headlineTable(Page page, Path dir) {
    Csv summary = Csv.read(dir.resolve("summary.csv"));
    List<List<String>> rows = new ArrayList<>();
    for (MetricInfo m : MetricInfo.HEADLINE) {
      if (summary.has(m.column())) {
        rows.add(List.of(m.label(), m.formatWithCi(Estimate.of(summary.column(m.column()))), m.plain()));
      }
    }
    page.p("", "Means over the last 52 weeks; mean over " + summary.size()
        + " replicate(s) with 95% confidence interval.");
    page.table(List.of("metric", "value [95% CI]", "meaning"), rows);
  }
}
