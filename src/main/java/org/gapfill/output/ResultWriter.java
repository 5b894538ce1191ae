package org.gapfill.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gapfill.experiment.ReplicateResult;
import org.gapfill.experiment.ReplicateResult.CsoRow;
import org.gapfill.experiment.Stats;
import org.gapfill.model.CityModel;
import org.gapfill.model.LoggedEvent;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.metrics.MetricsRecorder;
import org.gapfill.model.network.NetworkSnapshot;

/**
 * Writes the files of a result folder (DESIGN §4) from finished replicates. Everything but
 * {@code manifest.json} depends only on the scenario and the seeds, so the same run gives the
 * same bytes whatever the thread count.
 */
public final class ResultWriter {
  /** Flow metrics whose run totals {@code summary.csv} adds as {@code total.<column>}. */
  static final List<Metric> FLOWS = List.of(Metric.ARRIVALS, Metric.DEPARTURES,
      Metric.DEPORTATIONS, Metric.REGULARISATIONS, Metric.NEED_ARISEN, Metric.MET_PUBLIC,
      Metric.MET_REFERRED, Metric.MET_CSO, Metric.DROPPED, Metric.EMERGENCIES,
      Metric.TURNED_AWAY, Metric.REFERRAL_ATTEMPTS, Metric.GRANTS_PAID,
      Metric.PUBLIC_SERVICE_COST, Metric.EMERGENCY_COST, Metric.PUBLIC_COST);
  /** Every metric but the week, which files write once as their key. */
  static final List<Metric> VALUES = valueMetrics();

  private ResultWriter() {
  }

  /**
   * Writes every result file into the folder; committing it is the caller's move, so that it
   * can add files of its own (a report, charts) first.
   *
   * @param results the replicates, ordered by replicate
   * @throws OutputException when a file cannot be written
   */
  public static void write(ResultFolder folder, RunInfo info, List<ReplicateResult> results) {
    write(folder, "", info, results);
  }

  /**
   * Writes the files of one scenario under a prefix of the folder ({@code ""} for the folder
   * itself, {@code "name/"} for a subfolder, as comparisons do for each scenario).
   */
  public static void write(ResultFolder folder, String prefix, RunInfo info,
      List<ReplicateResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no replicates to write");
    }
    folder.writeText(prefix + "manifest.json", Manifest.json(info, results));
    folder.writeText(prefix + "scenario.yaml", info.resolvedScenarioYaml());
    folder.writeText(prefix + "timeseries.csv", timeseries(results));
    folder.writeText(prefix + "timeseries-mean.csv", timeseriesMean(results));
    folder.writeText(prefix + "summary.csv", summary(results));
    folder.writeText(prefix + "csos.csv", csos(results));
    folder.writeText(prefix + "events.csv", events(results));
    for (ReplicateResult r : results) {
      writeNetworks(folder, prefix, r);
    }
  }

  /** {@code timeseries.csv}: one row per replicate and week, every metric. */
  public static String timeseries(List<ReplicateResult> results) {
    List<String> header = new ArrayList<>(List.of(Metric.WEEK.column(), "replicate"));
    for (Metric m : VALUES) {
      header.add(m.column());
    }
    CsvWriter csv = new CsvWriter(header);
    for (ReplicateResult r : results) {
      MetricsRecorder rec = r.recorder();
      for (int w = 0; w < rec.weeks(); w++) {
        csv.cell(rec.get(w, Metric.WEEK)).cell(r.replicate());
        for (Metric m : VALUES) {
          csv.cell(rec.get(w, m));
        }
        csv.endRow();
      }
    }
    return csv.text();
  }

  /** {@code timeseries-mean.csv}: per week, mean and 95% Student-t interval across replicates. */
  public static String timeseriesMean(List<ReplicateResult> results) {
    List<String> header = new ArrayList<>(List.of(Metric.WEEK.column(), "replicates"));
    for (Metric m : VALUES) {
      header.add(m.column() + ".mean");
      header.add(m.column() + ".ciLow");
      header.add(m.column() + ".ciHigh");
    }
    CsvWriter csv = new CsvWriter(header);
    int weeks = 0;
    for (ReplicateResult r : results) {
      weeks = Math.max(weeks, r.recorder().weeks());
    }
    for (int w = 0; w < weeks; w++) {
      List<MetricsRecorder> having = recordersWithWeek(results, w);
      csv.cell(w).cell(having.size());
      double[] values = new double[having.size()];
      for (Metric m : VALUES) {
        for (int k = 0; k < values.length; k++) {
          values[k] = having.get(k).get(w, m);
        }
        Stats.Summary s = Stats.of(values);
        csv.cell(s.mean()).cell(s.ciLow()).cell(s.ciHigh());
      }
      csv.endRow();
    }
    return csv.text();
  }

  /** Replicates all run the same horizon; this guards the mean file should one ever not. */
  private static List<MetricsRecorder> recordersWithWeek(List<ReplicateResult> results, int w) {
    List<MetricsRecorder> having = new ArrayList<>(results.size());
    for (ReplicateResult r : results) {
      if (w < r.recorder().weeks()) {
        having.add(r.recorder());
      }
    }
    return having;
  }

  /** {@code summary.csv}: per replicate, last-year means of every metric and run totals of flows. */
  public static String summary(List<ReplicateResult> results) {
    List<String> header = new ArrayList<>(List.of("replicate", "seed"));
    for (Metric m : VALUES) {
      header.add(m.column());
    }
    for (Metric m : FLOWS) {
      header.add("total." + m.column());
    }
    CsvWriter csv = new CsvWriter(header);
    for (ReplicateResult r : results) {
      csv.cell(r.replicate()).cell(r.seed());
      for (Metric m : VALUES) {
        csv.cell(r.recorder().meanOfLast(m, CityModel.YEAR_WEEKS));
      }
      for (Metric m : FLOWS) {
        csv.cell(r.recorder().total(m));
      }
      csv.endRow();
    }
    return csv.text();
  }

  /** {@code csos.csv}: one row per replicate and CSO. */
  public static String csos(List<ReplicateResult> results) {
    List<String> header = new ArrayList<>();
    for (String[] column : MetricsDictionary.CSO_COLUMNS) {
      header.add(column[0]);
    }
    CsvWriter csv = new CsvWriter(header);
    for (ReplicateResult r : results) {
      for (CsoRow c : r.csos()) {
        csv.cell(r.replicate()).cell(c.name()).cell(c.type()).cell(c.casesPerYear())
            .cell(c.peoplePerYear()).cell(c.referralsPerYear()).cell(c.volunteerShare())
            .cell(c.grantShare()).cell(c.reserveCv()).cell(c.publicTies())
            .cell(c.orgTieShare()).cell(c.utilisation()).cell(c.placesUsed());
        if (c.closedWeek() < 0) {
          csv.empty();
        } else {
          csv.cell(c.closedWeek());
        }
        csv.endRow();
      }
    }
    return csv.text();
  }

  /** {@code events.csv}: every logged event, by replicate then in the order it happened. */
  public static String events(List<ReplicateResult> results) {
    CsvWriter csv = new CsvWriter(List.of("replicate", "week", "type", "detail"));
    for (ReplicateResult r : results) {
      for (LoggedEvent e : r.events()) {
        csv.cell(r.replicate()).cell(e.week()).cell(e.type()).cell(e.detail()).endRow();
      }
    }
    return csv.text();
  }

  /** Replicate 1's snapshots go straight into {@code network/}, the others' into subfolders. */
  private static void writeNetworks(ResultFolder folder, String prefix, ReplicateResult r) {
    String dir = prefix + (r.replicate() == 1 ? "network/"
        : String.format(Locale.ROOT, "network/replicate-%02d/", r.replicate()));
    for (NetworkSnapshot s : r.recorder().snapshots()) {
      String name = dir + String.format(Locale.ROOT, "week-%04d", s.week);
      folder.writeText(name + ".graphml", GraphMlWriter.graphMl(s, r.nodes()));
      folder.writeText(name + "-edges.csv", GraphMlWriter.edgeList(s, r.nodes()));
    }
  }

  private static List<Metric> valueMetrics() {
    List<Metric> values = new ArrayList<>();
    for (Metric m : Metric.values()) {
      if (m != Metric.WEEK) {
        values.add(m);
      }
    }
    return List.copyOf(values);
  }
}
