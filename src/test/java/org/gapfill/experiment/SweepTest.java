package org.gapfill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gapfill.cli.Gapfill;
import org.gapfill.scenario.SweepLoader;
import org.gapfill.scenario.SweepSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Sweep files, designs, shards and merging. */
class SweepTest {
  @TempDir
  Path dir;

  private String err;

  private static final String SCENARIO = """
      name: Tiny
      horizonWeeks: 30
      scale: 0.03
      csos:
        - {name: Clinic, type: civic, domains: [health]}
      """;

  private Path sweep(String design, String parameters) throws IOException {
    Files.writeString(dir.resolve("tiny.yaml"), SCENARIO);
    Path f = dir.resolve("sweep.yaml");
    Files.writeString(f, "scenario: tiny.yaml\ndesign: " + design + "\nreplicates: 2\nparameters:\n"
        + parameters + "metrics: [unmetNeed, gapFillingLoad]\n");
    return f;
  }

  private int execute(String... args) {
    CommandLine cl = Gapfill.commandLine();
    StringWriter e = new StringWriter();
    cl.setErr(new PrintWriter(e));
    cl.setOut(new PrintWriter(new StringWriter()));
    int code = cl.execute(args);
    err = e.toString();
    return code;
  }

  @Test
  void shardsAreDisjointAndTogetherComplete() {
    List<Sweep.Task> all = Sweep.tasks(7, 3);
    Set<Long> seen = new HashSet<>();
    for (int k = 1; k <= 4; k++) {
      for (Sweep.Task t : Sweep.todo(all, new Sweep.Shard(k, 4), Set.of())) {
        assertTrue(seen.add(Sweep.key(t.point(), t.replicate())), "task in two shards: " + t);
      }
    }
    assertEquals(21, seen.size());
    assertNull(Sweep.Shard.parse("4/3"));
    assertNull(Sweep.Shard.parse("0/3"));
    assertEquals(new Sweep.Shard(2, 3), Sweep.Shard.parse("2/3"));
  }

  @Test
  void latinHypercubeHitsEveryStratumOnceAndGridCoversTheProduct() throws Exception {
    SweepSpec lhs = SweepLoader.load(sweep("{method: lhs, samples: 10}",
        "  municipality.discretion: {min: 0, max: 1}\n  volunteers.availability: {min: 0, max: 1}\n"));
    List<List<String>> points = Design.points(lhs);
    assertEquals(10, points.size());
    for (int d = 0; d < 2; d++) {
      boolean[] hit = new boolean[10];
      for (List<String> p : points) {
        hit[(int) (Double.parseDouble(p.get(d)) * 10)] = true;
      }
      for (boolean h : hit) {
        assertTrue(h, "every tenth of dimension " + d + " is hit");
      }
    }
    SweepSpec grid = SweepLoader.load(sweep("{method: grid}",
        "  municipality.discretion: {min: 0, max: 1, steps: 3}\n"
            + "  municipality.reportingDuty: {values: [true, false]}\n"));
    List<List<String>> cells = Design.points(grid);
    assertEquals(6, cells.size());
    assertEquals(6, new HashSet<>(cells).size());
    // Farthest first: the second point is a corner opposite the first.
    assertTrue(!cells.get(0).get(0).equals(cells.get(1).get(0))
        && !cells.get(0).get(1).equals(cells.get(1).get(1)), cells.toString());
  }

  @Test
  void wholeNumberPathsAreRoundedAndSobolSkipsTheOrigin() throws Exception {
    SweepSpec s = SweepLoader.load(sweep("{method: sobol, samples: 8}",
        "  csos[Clinic].volunteers: {min: 0, max: 7}\n  municipality.discretion: {min: 0, max: 1}\n"));
    List<List<String>> points = Design.points(s);
    for (List<String> p : points) {
      assertTrue(p.get(0).matches("\\d+"), p.get(0));
    }
    assertEquals("0.5", points.get(0).get(1), "the first Sobol point after the origin");
  }

  @Test
  void shardedRunsMergeIntoTheUnshardedFile() throws Exception {
    Path f = sweep("{method: random, samples: 4}", "  municipality.discretion: {min: 0.1, max: 0.9}\n");
    assertEquals(0, execute("sweep", f.toString(), "--out", dir.resolve("all").toString()), err);
    List<String> shards = new ArrayList<>(List.of("merge"));
    for (int k = 1; k <= 3; k++) {
      Path s = dir.resolve("shard-" + k);
      assertEquals(0, execute("sweep", f.toString(), "--shard", k + "/3", "--out", s.toString(),
          "--threads", "1"), err);
      shards.add(s.toString());
    }
    shards.add("--out");
    shards.add(dir.resolve("merged").toString());
    assertEquals(0, execute(shards.toArray(new String[0])), err);
    assertEquals(Files.readString(dir.resolve("all/sweep.csv")),
        Files.readString(dir.resolve("merged/sweep.csv")));
    assertEquals(1 + 4 * 2, Files.readAllLines(dir.resolve("merged/sweep.csv")).size());
  }

  @Test
  void mergeRefusesMissingRepeatedAndForeignShards() throws Exception {
    Path f = sweep("{method: random, samples: 2}", "  municipality.discretion: {min: 0.1, max: 0.9}\n");
    for (int k = 1; k <= 2; k++) {
      assertEquals(0, execute("sweep", f.toString(), "--shard", k + "/2", "--out",
          dir.resolve("s" + k).toString()), err);
    }
    assertEquals(2, execute("merge", dir.resolve("s1").toString(), "--out", dir.resolve("m1").toString()));
    assertEquals("gapfill merge: missing shard 2 of 2\n", err);
    assertEquals(2, execute("merge", dir.resolve("s1").toString(), dir.resolve("s1").toString(),
        "--out", dir.resolve("m2").toString()));
    assertTrue(err.contains("shard 1/2 is given twice"), err);
    Files.writeString(dir.resolve("other.yaml"), Files.readString(f).replace("0.9", "0.8"));
    assertEquals(0, execute("sweep", dir.resolve("other.yaml").toString(), "--shard", "2/2", "--out",
        dir.resolve("o2").toString()), err);
    assertEquals(2, execute("merge", dir.resolve("s1").toString(), dir.resolve("o2").toString(),
        "--out", dir.resolve("m3").toString()));
    assertTrue(err.contains("belongs to a different sweep file"), err);
    assertTrue(!Files.exists(dir.resolve("m1")) && !Files.exists(dir.resolve("m3")));
  }

  @Test
  void badSweepFilesGetLocatedErrorsAndExitTwo() throws Exception {
    String[][] cases = {
        {"{method: lhs, samples: 4}", "  municipality.discretio: {min: 0, max: 1}\n",
            ":5:3: municipality.discretio: unknown key; did you mean 'discretion'?"},
        {"{method: lhs, samples: 4}", "  municipality.discretion: {min: 0.9, max: 0.1}\n",
            ":5:34: parameters.municipality.discretion.min: min 0.9 is greater than max 0.1"},
        {"{method: lhs, samples: 0}", "  municipality.discretion: {min: 0, max: 1}\n",
            ":2:32: design.samples: 0 is out of range (allowed: 1 to 10000000)"},
        {"{method: latin, samples: 4}", "  municipality.discretion: {min: 0, max: 1}\n",
            ":2:18: design.method: unknown design 'latin'"},
        {"{method: lhs, samples: 4}", "  municipality.discretion: {min: 0, max: 2}\n",
            ":5:42: municipality.discretion: 2 is out of range (allowed: 0 to 1)"},
    };
    for (String[] c : cases) {
      Path f = sweep(c[0], c[1]);
      assertEquals(2, execute("sweep", f.toString(), "--out", dir.resolve("never").toString()));
      assertTrue(err.startsWith(f + c[2]), "expected " + f + c[2] + "\ngot " + err);
      assertTrue(!Files.exists(dir.resolve("never")), "no folder for a bad sweep");
    }
  }
}
