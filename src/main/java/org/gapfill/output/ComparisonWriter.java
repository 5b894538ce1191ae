package org.gapfill.output;

import java.util.List;
import org.gapfill.experiment.Comparison;

/** {@code comparison.csv}: one row per metric and scenario, the base first. */
public final class ComparisonWriter {
  /** The columns, in file order. */
  public static final List<String> COLUMNS = List.of("metric", "scenario", "mean", "ciLow",
      "ciHigh", "diff", "diffCiLow", "diffCiHigh", "pWelch", "pMannWhitney", "effectSize");

  private ComparisonWriter() {
  }

  public static String csv(List<Comparison.Row> rows) {
    CsvWriter csv = new CsvWriter(COLUMNS);
    for (Comparison.Row r : rows) {
      csv.cell(r.metric()).cell(r.scenario()).cell(r.level().mean()).cell(r.level().ciLow())
          .cell(r.level().ciHigh()).cell(r.diff()).cell(r.diffCiLow()).cell(r.diffCiHigh())
          .cell(r.pWelch()).cell(r.pMannWhitney()).cell(r.effectSize()).endRow();
    }
    return csv.text();
  }
}
