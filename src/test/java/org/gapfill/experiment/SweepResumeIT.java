package org.gapfill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapfill.cli.Gapfill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A sweep killed with SIGKILL in the middle and resumed ends with the same sweep.csv as an
 * uninterrupted run. The sweep runs in a child JVM (the packaged jar) so it can really be killed.
 */
class SweepResumeIT {
  private static final int RUNS = 40;

  @TempDir
  Path dir;

  private int execute(String... args) {
    CommandLine cl = Gapfill.commandLine();
    cl.setErr(new PrintWriter(new StringWriter()));
    cl.setOut(new PrintWriter(new StringWriter()));
    return cl.execute(args);
  }

  @Test
  void killedAndResumedEqualsUninterrupted() throws Exception {
    Files.writeString(dir.resolve("city.yaml"), """
        name: Resume city
        horizonWeeks: 120
        scale: 0.08
        csos:
          - {name: Clinic, type: civic, domains: [health]}
          - {name: Caritas, type: institutional, domains: [housing, subsistence]}
        """);
    Path sweep = dir.resolve("sweep.yaml");
    Files.writeString(sweep, """
        scenario: city.yaml
        design: {method: lhs, samples: 20}
        replicates: 2
        parameters:
          municipality.discretion: {min: 0.1, max: 0.9}
          volunteers.recruitmentPerWeek: {min: 0.5, max: 5}
        metrics: [unmetNeed, gapFillingLoad, fragility]
        """);
    Path interrupted = dir.resolve("interrupted");
    Path jar = Path.of("target/gapfill-0.1.0.jar").toAbsolutePath();
    assertTrue(Files.exists(jar), "the packaged jar exists in the integration-test phase");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "sweep", sweep.toString(), "--out", interrupted.toString(),
        "--threads", "2", "--quiet").redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile())
        .start();
    Path rows = interrupted.resolve("sweep.csv");
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline && lines(rows) < 1 + RUNS / 4) {
      Thread.sleep(20);
    }
    p.destroyForcibly().waitFor();
    int before = lines(rows) - 1;
    assertTrue(before >= RUNS / 4 && before < RUNS, "killed in the middle, after " + before + " runs");
    assertTrue(Files.readString(interrupted.resolve("sweep.json")).contains("\"complete\": false"));

    assertEquals(0, execute("sweep", sweep.toString(), "--resume", "--out", interrupted.toString()));
    assertEquals(0, execute("sweep", sweep.toString(), "--out", dir.resolve("straight").toString()));
    List<String> resumed = Files.readAllLines(rows);
    assertEquals(1 + RUNS, resumed.size());
    assertEquals(Files.readAllLines(dir.resolve("straight/sweep.csv")), resumed);
    assertTrue(Files.readString(interrupted.resolve("sweep.json")).contains("\"complete\": true"));
  }

  private static int lines(Path p) throws java.io.IOException {
    return Files.exists(p) ? (int) Files.readString(p).chars().filter(c -> c == '\n').count() : 0;
  }
}
