package org.gapfill.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings of a run in plain sentences, from {@code timeseries.csv} per replicate. */
final class RunFindings {
  private static final int YEAR = 52;

  private RunFindings() {
  }

  /** Plain sentences: the year before the first policy event against the last year. */
  static List<String> sentences(Path dir, List<Events.Event> events) {
    Csv ts = Csv.read(dir.resolve("timeseries.csv"));
    double[] week = ts.column("week");
    int last = 0;
    for (double w : week) {
      last = Math.max(last, (int) w);
    }
    int first = -1;
    for (Events.Event e : events) {
      if (Events.POLICY.contains(e.type()) && e.week() > 0 && (first < 0 || e.week() < first)) {
        first = e.week();
      }
    }
    int endFrom = Math.max(0, last + 1 - YEAR);
    int beforeFrom = first < 0 ? 0 : Math.max(0, first - YEAR);
    int beforeTo = first < 0 ? Math.min(YEAR, last + 1) : first;
    String when = first < 0 ? "in the first year" : "in the year before week " + first;
    List<String> out = new ArrayList<>();
    out.add(first < 0
        ? "No policy changed during the run; the sentences compare the first year with the last."
        : "The first policy change came in week " + first + "; the sentences compare the year before "
            + "it (weeks " + beforeFrom + "–" + (beforeTo - 1) + ") with the last year (weeks "
            + endFrom + "–" + last + "). Brackets give 95% confidence intervals over replicates.");
    for (MetricInfo m : MetricInfo.HEADLINE.subList(0, MetricInfo.CHARTED)) {
      if (!ts.has(m.column())) {
        continue;
      }
      Estimate a = Estimate.of(perReplicateMean(ts, m.column(), beforeFrom, beforeTo));
      Estimate b = Estimate.of(perReplicateMean(ts, m.column(), endFrom, last + 1));
      String verb = verb(a, b);
      out.add(verb.isEmpty()
          ? m.label() + " was " + m.formatWithCi(a) + " " + when + " and " + m.formatWithCi(b)
              + " in the last year: no clear change."
          : m.label() + " " + verb + " " + m.formatWithCi(a) + " " + when + " to "
              + m.formatWithCi(b) + " in the last year.");
    }
    return out;
  }

  /** "rose from" or "fell from" when the two intervals do not overlap, else "". */
  static String verb(Estimate a, Estimate b) {
    boolean separate = a.hasInterval() && b.hasInterval()
        && (b.ciLow() > a.ciHigh() || b.ciHigh() < a.ciLow());
    if (!separate) {
      return "";
    }
    return b.mean() > a.mean() ? "rose from" : "fell from";
  }

  /** Per replicate, the mean of a column over weeks [from, to). */
  static double[] perReplicateMean(Csv ts, String column, int from, int to) {
    Map<Integer, double[]> acc = new LinkedHashMap<>();
    for (int i = 0; i < ts.size(); i++) {
      int w = (int) ts.number(i, "week");
      double v = ts.number(i, column);
      if (w < from || w >= to || !Double.isFinite(v)) {
        continue;
      }
      double[] s = acc.computeIfAbsent((int) ts.number(i, "replicate"), r -> new double[2]);
      s[0] += v;
      s[1]++;
    }
    return acc.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
  }

}
