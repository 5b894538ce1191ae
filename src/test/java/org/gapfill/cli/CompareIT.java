package org.gapfill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The shipped Vienna pair compared with 20 replicates on common random numbers: the narrowing
 * raises unmet need, with a 95% CI of the paired difference that excludes zero.
 */
class CompareIT {
  @TempDir
  Path dir;

  @Test
  void narrowingRaisesUnmetNeedWithAnIntervalThatExcludesZero() throws Exception {
    CommandLine cl = Gapfill.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    Path out = dir.resolve("cmp");
    int code = cl.execute("compare", "scenarios/vienna-2015-baseline.yaml",
        "scenarios/vienna-2020-narrowing.yaml", "--reps", "20", "--fork-at", "156", "--quiet",
        "--out", out.toString());
    assertEquals(0, code, err.toString());
    List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
    String[] unmet = rows.stream().filter(r -> r.startsWith("unmetNeed,vienna-2020-narrowing,"))
        .findFirst().orElseThrow().split(",");
    double diff = Double.parseDouble(unmet[5]);
    double low = Double.parseDouble(unmet[6]);
    double high = Double.parseDouble(unmet[7]);
    assertTrue(diff > 0 && low > 0 && high > low, "unmetNeed diff " + diff + " [" + low + ", " + high + "]");
    assertTrue(Double.parseDouble(unmet[8]) < 0.05, "Welch p " + unmet[8]);
    assertTrue(Files.exists(out.resolve("vienna-2020-narrowing/timeseries-mean.csv")));
  }
}
