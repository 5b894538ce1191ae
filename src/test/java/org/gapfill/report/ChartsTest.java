package org.gapfill.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Paint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each chart builder: its dataset holds the series asked for, and its files are valid. */
class ChartsTest {
  @TempDir
  Path dir;

  private static final double[] WEEKS = {0, 1, 2, 3, 4};

  private static Charts.Band band(String name, double level) {
    double[] m = new double[WEEKS.length];
    double[] lo = new double[WEEKS.length];
    double[] hi = new double[WEEKS.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = level + 0.01 * i;
      lo[i] = m[i] - 0.05;
      hi[i] = m[i] + 0.05;
    }
    return new Charts.Band(name, WEEKS, m, lo, hi);
  }

  @Test
  void bandChartOfThreeScenariosHasThreeMeansEachWithItsBand() throws Exception {
    JFreeChart chart = Charts.bands("Unmet need", "unmetNeed",
        List.of(band("a", 0.2), band("b", 0.4), band("c", 0.6)),
        List.of(new Charts.EventMark(2, "fundingCut", false), new Charts.EventMark(3, "csoClosed", true)));
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
    assertEquals(3, data.getSeriesCount(), "three mean lines");
    for (int s = 0; s < 3; s++) {
      assertEquals(WEEKS.length, data.getItemCount(s));
      for (int i = 0; i < WEEKS.length; i++) {
        assertTrue(data.getStartYValue(s, i) < data.getYValue(s, i), "band below the mean");
        assertTrue(data.getEndYValue(s, i) > data.getYValue(s, i), "band above the mean");
      }
    }
    assertEquals(2, chart.getXYPlot().getDomainMarkers(org.jfree.ui.Layer.FOREGROUND).size(),
        "one marker per event week");
    ChartFile f = ChartFile.write(chart, dir, "bands", "caption");
    ChartAssert.validPair(f.png(), f.svg(), ChartFile.WIDTH, ChartFile.HEIGHT);
  }

  @Test
  void stackedAreaHasOneLayerPerSource() throws Exception {
    double[][] v = {{1, 2, 3, 4, 5}, {1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {0, 1, 0, 1, 0}};
    JFreeChart chart = Charts.stacked("Who meets need", "units", WEEKS,
        List.of("public", "referred", "cso", "unmet"), v, new Paint[] {Color.RED});
    XYDataset data = chart.getXYPlot().getDataset();
    assertEquals(4, data.getSeriesCount());
    assertEquals(5.0, data.getYValue(0, 4), 0.0, "bottom layer");
    assertEquals(8.0, data.getYValue(3, 4), 0.0, "the top layer reaches the total");
    ChartFile f = ChartFile.write(chart, dir, "stacked", "caption", 640, 300);
    ChartAssert.validPair(f.png(), f.svg(), 640, 300);
  }

  @Test
  void morrisHasOnePointPerParameterWithBothIntervals() throws Exception {
    JFreeChart chart = Charts.morris("Morris", List.of("p1", "p2", "p3"),
        List.of(new Charts.Ci(0.1, 0.05, 0.2), new Charts.Ci(0.3, 0.2, 0.4), new Charts.Ci(0.0, 0, 0.01)),
        List.of(new Charts.Ci(0.02, 0.0, 0.05), new Charts.Ci(0.1, 0.05, 0.2), new Charts.Ci(0, 0, 0)));
    IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
    assertEquals(3, data.getSeriesCount());
    assertEquals(0.3, data.getXValue(1, 0), 0.0);
    assertEquals(0.2, data.getStartXValue(1, 0), 0.0);
    assertEquals(0.2, data.getEndYValue(1, 0), 0.0);
    ChartFile f = ChartFile.write(chart, dir, "morris", "caption");
    ChartAssert.validPair(f.png(), f.svg(), ChartFile.WIDTH, ChartFile.HEIGHT);
  }

  @Test
  void sobolHasFirstOrderAndTotalBarsWithErrorBars() throws Exception {
    JFreeChart chart = Charts.sobol("Sobol", List.of("p1", "p2"),
        List.of(new Charts.Ci(0.5, 0.4, 0.6), new Charts.Ci(0.1, 0.0, 0.2)),
        List.of(new Charts.Ci(0.6, 0.5, 0.7), new Charts.Ci(0.2, 0.1, 0.3)));
    XYPlot plot = chart.getXYPlot();
    IntervalXYDataset data = (IntervalXYDataset) plot.getDataset(0);
    assertEquals(2, data.getSeriesCount(), "first-order and total");
    assertEquals(2, data.getItemCount(0), "one bar per parameter");
    assertEquals(0.7, data.getEndYValue(1, 0), 0.0);
    assertEquals(data, plot.getDataset(1), "the error bars draw the same intervals");
    ChartFile f = ChartFile.write(chart, dir, "sobol", "caption");
    ChartAssert.validPair(f.png(), f.svg(), ChartFile.WIDTH, ChartFile.HEIGHT);
  }

  @Test
  void scatterHasOneSeriesPerMetric() {
    double[][] xs = {{1, 2, 3}, {1, 2, 3}};
    double[][] ys = {{0.1, 0.2, 0.3}, {0.5, Double.NaN, 0.4}};
    JFreeChart chart = Charts.scatter("s", "x", "y", List.of("m1", "m2"), xs, ys);
    XYDataset data = chart.getXYPlot().getDataset();
    assertEquals(2, data.getSeriesCount());
    assertEquals(2, data.getItemCount(1), "NaN points are left out");
  }

  @Test
  void sameDataGiveTheSameSvgAndPngBytes() throws Exception {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    ChartFile x = ChartFile.write(Charts.bands("t", "y", List.of(band("a", 0.3)), List.of()), a, "c", "");
    ChartFile y = ChartFile.write(Charts.bands("t", "y", List.of(band("a", 0.3)), List.of()), b, "c", "");
    assertArrayEquals(Files.readAllBytes(x.svg()), Files.readAllBytes(y.svg()));
    assertArrayEquals(Files.readAllBytes(x.png()), Files.readAllBytes(y.png()));
    assertFalse(Files.readString(x.svg()).matches("(?s).*20\\d\\d-\\d\\d-\\d\\d.*"), "no date");
  }

  @Test
  void networkPictureIsDeterministicAndValid() throws Exception {
    List<NetworkPicture.Node> nodes = List.of(
        new NetworkPicture.Node("public.health", "public.health", "public", "health", false),
        new NetworkPicture.Node("B", "B <b>", "cso", "institutional", true),
        new NetworkPicture.Node("A", "A", "cso", "civic", false),
        new NetworkPicture.Node("C", "C", "cso", "autonomous", false));
    List<NetworkPicture.Edge> edges = List.of(new NetworkPicture.Edge("A", "B", 0.9),
        new NetworkPicture.Edge("B", "public.health", 0.3), new NetworkPicture.Edge("C", "B", 0.1));
    NetworkPicture pic = new NetworkPicture("week 1", nodes, edges);
    var layout = pic.layout();
    double c = NetworkPicture.SIZE / 2.0;
    double rPublic = Math.hypot(layout.get("public.health")[0] - c, layout.get("public.health")[1] - c);
    double rCso = Math.hypot(layout.get("A")[0] - c, layout.get("A")[1] - c);
    assertTrue(rPublic < rCso, "public services inside the CSO ring");
    Path a = Files.createDirectory(dir.resolve("na"));
    Path b = Files.createDirectory(dir.resolve("nb"));
    ChartFile x = pic.write(a, "net", "");
    List<NetworkPicture.Node> reversed = new java.util.ArrayList<>(nodes);
    java.util.Collections.reverse(reversed);
    ChartFile y = new NetworkPicture("week 1", reversed, edges).write(b, "net", "");
    assertArrayEquals(Files.readAllBytes(x.svg()), Files.readAllBytes(y.svg()),
        "node order in the file does not change the picture");
    ChartAssert.validPair(x.png(), x.svg(), NetworkPicture.SIZE, NetworkPicture.SIZE);
    assertTrue(Files.readString(x.svg()).contains("B &lt;b&gt;"), "labels are escaped in the SVG");
  }
}
