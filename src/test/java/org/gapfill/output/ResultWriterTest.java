package org.gapfill.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gapfill.experiment.Progress;
import org.gapfill.experiment.ReplicateResult;
import org.gapfill.experiment.Replications;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.network.NetworkSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ResultWriterTest {
  private static final int WEEKS = 60;
  private static final String YAML = "name: small\nnote: \"quoted\" \\ back\n";
  private static List<ReplicateResult> oneThread;
  private static List<ReplicateResult> twoThreads;

  @TempDir
  Path tmp;

  @BeforeAll
  static void run() {
    oneThread = Replications.run(small(), 2, 1, Progress.NONE);
    twoThreads = Replications.run(small(), 2, 2, Progress.NONE);
  }

  private static Params small() {
    Params p = DefaultCity.params();
    p.scale = 0.05;
    p.horizonWeeks = WEEKS;
    p.seed = 5;
    return p;
  }

  private static RunInfo info(int threads) {
    return new RunInfo("small \"city\"", YAML, "gapfill run small.yaml --reps 2", "0.1.0", null,
        "17", threads, Instant.parse("2024-03-05T14:07:09Z"),
        Instant.parse("2024-03-05T14:07:11.500Z"), 5);
  }

  private Path write(String name, List<ReplicateResult> results, int threads) {
    try (ResultFolder f = ResultFolder.create(tmp.resolve(name), tmp, "x", 5,
        LocalDateTime.now())) {
      ResultWriter.write(f, info(threads), results);
      f.commit();
      return f.path();
    }
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
          .sorted().collect(Collectors.toList());
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file);
  }

  @Test
  void everyFileIsWritten() throws IOException {
    Path dir = write("a", oneThread, 1);
    assertEquals(List.of("csos.csv", "events.csv", "manifest.json", "network/replicate-02/"
            + "week-0000-edges.csv", "network/replicate-02/week-0000.graphml",
            "network/replicate-02/week-0059-edges.csv", "network/replicate-02/week-0059.graphml",
            "network/week-0000-edges.csv", "network/week-0000.graphml",
            "network/week-0059-edges.csv", "network/week-0059.graphml", "scenario.yaml",
            "summary.csv", "timeseries-mean.csv", "timeseries.csv"), files(dir));
    assertEquals(YAML, Files.readString(dir.resolve("scenario.yaml")));
  }

  @Test
  void timeseriesHasOneRowPerReplicateAndWeek() throws IOException {
    List<String> lines = lines(write("a", oneThread, 1).resolve("timeseries.csv"));
    assertEquals(1 + 2 * WEEKS, lines.size());
    List<String> header = new ArrayList<>(List.of("week", "replicate"));
    for (Metric m : Metric.values()) {
      if (m != Metric.WEEK) {
        header.add(m.column());
      }
    }
    assertEquals(String.join(",", header), lines.get(0));
    assertTrue(lines.get(1).startsWith("0,1,"), lines.get(1));
    assertTrue(lines.get(WEEKS).startsWith((WEEKS - 1) + ",1,"), lines.get(WEEKS));
    assertTrue(lines.get(WEEKS + 1).startsWith("0,2,"), lines.get(WEEKS + 1));
  }

  @Test
  void meanFileHoldsMeanAndIntervalPerWeek() throws IOException {
    List<String> lines = lines(write("a", oneThread, 1).resolve("timeseries-mean.csv"));
    assertEquals(1 + WEEKS, lines.size());
    assertTrue(lines.get(0).startsWith("week,replicates,migrants.mean,migrants.ciLow,"
        + "migrants.ciHigh,arrivals.mean,"), lines.get(0));
    String[] week10 = lines.get(11).split(",", -1);
    double a = oneThread.get(0).recorder().get(10, Metric.MIGRANTS);
    double b = oneThread.get(1).recorder().get(10, Metric.MIGRANTS);
    double half = 12.706204736174694 * Math.abs(a - b) / Math.sqrt(2) / Math.sqrt(2);
    assertEquals("10", week10[0]);
    assertEquals("2", week10[1]);
    assertEquals((a + b) / 2, Double.parseDouble(week10[2]), 1e-9);
    assertEquals((a + b) / 2 - half, Double.parseDouble(week10[3]), 1e-6);
    assertEquals((a + b) / 2 + half, Double.parseDouble(week10[4]), 1e-6);
  }

  @Test
  void summaryHasLastYearMeansAndTotals() throws IOException {
    List<String> lines = lines(write("a", oneThread, 1).resolve("summary.csv"));
    assertEquals(3, lines.size());
    List<String> header = List.of(lines.get(0).split(","));
    assertEquals(List.of("replicate", "seed", "migrants"), header.subList(0, 3));
    assertEquals("total.arrivals", header.get(2 + Metric.values().length - 1));
    assertEquals("total.publicCost", header.get(header.size() - 1));
    String[] first = lines.get(1).split(",", -1);
    assertEquals(header.size(), first.length);
    assertEquals(Long.toString(oneThread.get(0).seed()), first[1]);
    assertEquals(oneThread.get(0).recorder().meanOfLast(Metric.UNMET_NEED, 52),
        Double.parseDouble(first[header.indexOf("unmetNeed")]), 0);
    assertEquals(oneThread.get(0).recorder().total(Metric.ARRIVALS),
        Double.parseDouble(first[header.indexOf("total.arrivals")]), 0);
  }

  @Test
  void csosHasOneRowPerReplicateAndCso() throws IOException {
    List<String> lines = lines(write("a", oneThread, 1).resolve("csos.csv"));
    assertEquals("replicate,name,type,casesPerYear,peoplePerYear,referralsPerYear,"
        + "volunteerShare,grantShare,reserveCv,publicTies,orgTieShare,utilisation,placesUsed,"
        + "closedWeek", lines.get(0));
    assertEquals(1 + 2 * 5, lines.size());
    assertTrue(lines.get(1).startsWith("1,Clinic for the uninsured,civic,"), lines.get(1));
    assertTrue(lines.get(10).startsWith("2,Volunteer legal counselling,autonomous,"),
        lines.get(10));
  }

  @Test
  void graphMlHoldsTheSnapshotsGraph() throws Exception {
    Path dir = write("a", oneThread, 1);
    for (ReplicateResult r : oneThread) {
      NetworkSnapshot s = r.recorder().snapshots().get(0);
      assertEquals(0, s.week);
      String sub = r.replicate() == 1 ? "network/" : "network/replicate-02/";
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(dir.resolve(sub + "week-0000.graphml").toFile());
      NodeList nodes = doc.getElementsByTagName("node");
      NodeList edges = doc.getElementsByTagName("edge");
      assertEquals(s.nodes.length, nodes.getLength());
      assertEquals(s.edgeA.length, edges.getLength());
      assertTrue(edges.getLength() > 0, "the default city starts with ties");
      Set<String> ids = new HashSet<>();
      for (int k = 0; k < nodes.getLength(); k++) {
        assertTrue(ids.add(((Element) nodes.item(k)).getAttribute("id")), "unique node ids");
      }
      assertTrue(ids.contains("public.health") && ids.contains("Clinic for the uninsured"), "" + ids);
      for (int k = 0; k < edges.getLength(); k++) {
        Element e = (Element) edges.item(k);
        assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
      }
      List<String> edgeCsv = lines(dir.resolve(sub + "week-0000-edges.csv"));
      assertEquals("source,target,strength,holder", edgeCsv.get(0));
      assertEquals(1 + s.edgeA.length, edgeCsv.size());
    }
  }

  @Test
  void sameResultsGiveTheSameBytesWhateverTheThreads() throws IOException {
    Path a = write("a", oneThread, 1);
    Path again = write("again", oneThread, 1);
    Path b = write("b", twoThreads, 2);
    List<String> names = files(a);
    assertEquals(names, files(b));
    for (String name : names) {
      if (!name.equals("manifest.json")) {
        byte[] expected = Files.readAllBytes(a.resolve(name));
        assertArrayEquals(expected, Files.readAllBytes(again.resolve(name)), name);
        assertArrayEquals(expected, Files.readAllBytes(b.resolve(name)), name);
      }
    }
  }

  @Test
  void manifestEscapesStringsAndListsSeeds() throws IOException {
    String json = Files.readString(write("a", oneThread, 2).resolve("manifest.json"));
    assertTrue(json.contains("\"scenario\": \"small \\\"city\\\"\","), json);
    assertTrue(json.contains("\"resolvedScenario\": \"name: small\\nnote: \\\"quoted\\\" \\\\ back\\n\","),
        json);
    assertTrue(json.contains("\"gitCommit\": null,"), json);
    assertTrue(json.contains("{\"replicate\": 2, \"seed\": " + oneThread.get(1).seed() + "}"), json);
    assertTrue(json.contains("\"threads\": 2,"), json);
    assertTrue(json.contains("\"wallSeconds\": 2.5\n}"), json);
  }
}
