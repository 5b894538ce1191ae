package org.gapfill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gapfill bench} writes its figures; their values are for the closing notes, not tests. */
class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesBenchJsonWithTheThroughputKeys() throws Exception {
    CommandLine cl = Gapfill.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute("bench", "--scenario", "scenarios/classroom.yaml", "--weeks", "4",
        "--runs", "2", "--rounds", "1", "--threads", "2", "--out", dir.resolve("b").toString()));
    JsonNode json = new ObjectMapper().readTree(dir.resolve("b/bench.json").toFile());
    assertEquals(2, json.path("threads").asInt());
    double one = json.path("runsPerSecond1Thread").asDouble();
    double all = json.path("runsPerSecondAllThreads").asDouble();
    assertTrue(one > 0 && all > 0, json.toString());
    assertEquals(all / one / 2, json.path("parallelEfficiency").asDouble(), 0.5,
        "efficiency is the speed-up per thread (median of rounds, so only roughly all/one/2)");
    assertTrue(out.toString().contains("parallelEfficiency"), out.toString());
  }
}
