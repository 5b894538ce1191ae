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

/** {@code gapfill sensitivity} on a tiny city: files, indices, and bad input. */
class SensitivityCommandTest {
  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cl = Gapfill.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private Path city() throws Exception {
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, "horizonWeeks: 40\nscale: 0.04\ncsos:\n"
        + "  - {name: Clinic, type: civic, domains: [health]}\n");
    return f;
  }

  /** With common random numbers a parameter the metric ignores has an effect of exactly 0. */
  @Test
  void morrisFindsTheInfluentialParameterAndZeroForAnInertOne() throws Exception {
    Path out = dir.resolve("m");
    assertEquals(0, execute("sensitivity", city().toString(), "--method", "morris",
        "--trajectories", "4", "--param", "municipality.discretion=0.05:0.95",
        "--param", "municipality.costPerHour=10:200", "--metric", "unmetNeed", "--quiet",
        "--out", out.toString()), err.toString());
    List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"));
    assertEquals("method,metric,parameter,index,estimate,ciLow,ciHigh", rows.get(0));
    double discretion = muStar(rows, "municipality.discretion");
    double cost = muStar(rows, "municipality.costPerHour");
    assertTrue(discretion > 0.01, "discretion matters: " + discretion);
    assertEquals(0.0, cost, "the cost per hour does not change unmet need");
    assertEquals(1 + 4 * 3, Files.readAllLines(out.resolve("points.csv")).size());
  }

  private static double muStar(List<String> rows, String parameter) {
    return rows.stream().filter(r -> r.contains("," + parameter + ",muStar,")).map(r -> r.split(","))
        .mapToDouble(f -> Double.parseDouble(f[4])).findFirst().orElseThrow();
  }

  @Test
  void sobolWritesFirstOrderAndTotalIndices() throws Exception {
    Path out = dir.resolve("s");
    assertEquals(0, execute("sensitivity", city().toString(), "--method", "sobol", "--samples", "8",
        "--param", "municipality.discretion=0.05:0.95", "--param", "volunteers.availability=0.2:1",
        "--metric", "unmetNeed", "--metric", "gapFillingLoad", "--quiet", "--out", out.toString()),
        err.toString());
    List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"));
    assertEquals(1 + 2 * 2 * 2, rows.size());
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("sobol,gapFillingLoad,volunteers.availability,total,")));
    assertEquals(1 + 8 * (2 + 2), Files.readAllLines(out.resolve("points.csv")).size());
  }

  @Test
  void badParametersAreBadInput() throws Exception {
    assertEquals(2, execute("sensitivity", city().toString(), "--method", "morris",
        "--param", "municipality.discretio=0:1", "--metric", "unmetNeed"));
    assertTrue(err.toString().contains("--param municipality.discretio=0:1: unknown key"), err.toString());
    assertEquals(2, execute("sensitivity", city().toString(), "--method", "fast",
        "--param", "municipality.discretion=0:1", "--metric", "unmetNeed"));
    assertEquals(2, execute("sensitivity", city().toString(), "--method", "morris",
        "--param", "municipality.discretion=0.5:0.1", "--metric", "unmetNeed"));
  }
}
