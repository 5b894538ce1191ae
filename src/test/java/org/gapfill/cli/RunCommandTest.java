package org.gapfill.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gapfill run}, {@code validate} and {@code describe} through picocli. */
class RunCommandTest {
  private static final String[] FILES = {"timeseries.csv", "timeseries-mean.csv", "summary.csv",
      "csos.csv", "events.csv", "scenario.yaml", "network/week-0000.graphml",
      "network/week-0000-edges.csv"};

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

  private Path city() throws IOException {
    Path f = dir.resolve("tiny.yaml");
    Files.writeString(f, """
        name: Tiny city
        horizonWeeks: 40
        scale: 0.05
        migrants: {initial: 15000}
        csos:
          - {name: Clinic, type: civic, domains: [health]}
          - {name: Counselling, type: autonomous, domains: [legal]}
        events:
          - {at: 20, type: fundingCut, target: civic, fraction: 0.5}
        """);
    return f;
  }

  @Test
  void runWritesACompleteFolderAndPrintsTheSummary() throws IOException {
    Path out1 = dir.resolve("a");
    assertEquals(0, execute("run", city().toString(), "--reps", "3", "--out", out1.toString()),
        err.toString());
    for (String f : FILES) {
      assertTrue(Files.size(out1.resolve(f)) > 0, f);
    }
    assertTrue(Files.exists(out1.resolve("manifest.json")));
    assertEquals(1 + 3 * 40, Files.readAllLines(out1.resolve("timeseries.csv")).size());
    String text = out.toString();
    assertTrue(text.contains("Tiny city: 3 replicates x 40 weeks"), text);
    assertTrue(text.contains("unmetNeed") && text.contains("Clinic"), text);
    assertTrue(text.contains("results: " + out1), text);
  }

  @Test
  void theResolvedScenarioReproducesTheRunAndThreadsDoNotMatter() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    assertEquals(0, execute("run", city().toString(), "--reps", "3", "--threads", "1", "--out",
        a.toString(), "--quiet"));
    assertEquals(0, execute("run", a.resolve("scenario.yaml").toString(), "--reps", "3",
        "--threads", "2", "--out", b.toString(), "--quiet"));
    assertEquals(0, execute("run", city().toString(), "--reps", "3", "--seed", "2", "--out",
        c.toString(), "--quiet"));
    for (String f : FILES) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("timeseries.csv")),
        Files.readAllBytes(c.resolve("timeseries.csv"))), "another seed, other numbers");
    assertEquals("", out.toString(), "--quiet prints nothing");
  }

  @Test
  void aNonEmptyOutFolderIsRefused() throws IOException {
    Path taken = dir.resolve("taken");
    Files.createDirectories(taken);
    Files.writeString(taken.resolve("keep.txt"), "mine");
    assertEquals(2, execute("run", city().toString(), "--out", taken.toString()));
    assertTrue(err.toString().contains(taken + ": exists and is not empty"), err.toString());
    assertEquals("mine", Files.readString(taken.resolve("keep.txt")));
  }

  @Test
  void validateAcceptsGoodFilesAndReportsBadOnes() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "municipality:\n  discretion: 2\n");
    assertEquals(0, execute("validate", city().toString()));
    assertTrue(out.toString().contains("1 of 1 scenario valid"), out.toString());
    assertEquals(2, execute("validate", city().toString(), bad.toString()));
    assertTrue(err.toString().startsWith(bad + ":2:15: municipality.discretion: 2 is out of range"),
        err.toString());
  }

  @Test
  void describeListsPathsWithTheScenariosValues() throws IOException {
    assertEquals(0, execute("describe", city().toString(), "--set", "csos[Clinic].volunteers=33"));
    String text = out.toString();
    assertTrue(text.matches("(?s).*csos\\[Clinic\\]\\.volunteers\\s+whole number\\s+0 to 1000000\\s+33\\s.*"),
        text);
    assertTrue(text.contains("municipality.eligibility.rejected.housing"), text);
  }

  @Test
  void badOptionsAreBadInputWithOneLine() {
    assertEquals(2, execute("run", "--frobnicate"));
    assertTrue(err.toString().startsWith("gapfill: Unknown option: '--frobnicate'"), err.toString());
    assertEquals(2, execute("run", "--reps", "0"));
    for (String command : new String[] {"run", "compare", "sweep", "sensitivity", "bench"}) {
      assertEquals(2, execute(command, "--threads", "0"), command);
    }
    assertTrue(err.toString().contains("--threads must be at least 1 (got 0)"), err.toString());
  }

  /** picocli formats descriptions: a stray percent sign would print a warning instead. */
  @Test
  void everyCommandsHelpPrintsWithoutWarnings() {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured));
    try {
      for (String command : Gapfill.commandLine().getSubcommands().keySet()) {
        assertEquals(0, execute(command, "--help"), command);
      }
    } finally {
      System.setErr(saved);
    }
    assertEquals("", captured.toString(), "warnings while printing help");
    assertTrue(out.toString().contains("Usage: gapfill compare"), out.toString());
  }

  @Test
  void versionAndHelpWork() {
    assertEquals(0, execute("--version"));
    assertTrue(out.toString().startsWith("gapfill "), out.toString());
    assertEquals(0, execute("run", "--help"));
    assertTrue(out.toString().contains("--reps"), out.toString());
  }
}
