package org.gapfill.report;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** A chart written as PNG and SVG under one name, with its SVG element kept for inlining. */
public record ChartFile(String name, String caption, Path png, Path svg, String svgElement,
    JFreeChart chart) {

  /** Chart size in pixels (the SVG's width and height). */
  public static final int WIDTH = 900;
  /** Chart height in pixels. */
  public static final int HEIGHT = 420;

  /** Draws the chart into {@code dir/name.png} and {@code dir/name.svg}. */
  public static ChartFile write(JFreeChart chart, Path dir, String name, String caption) {
    return write(chart, dir, name, caption, WIDTH, HEIGHT);
  }

  /** Draws the chart at a given size. */
  public static ChartFile write(JFreeChart chart, Path dir, String name, String caption, int w, int h) {
    SVGGraphics2D g2 = svgGraphics(w, h, name);
    chart.draw(g2, new Rectangle(w, h));
    String element = g2.getSVGElement("svg-" + name, true, new ViewBox(0, 0, w, h), null, null);
    BufferedImage image = chart.createBufferedImage(w, h);
    return new ChartFile(name, caption, writePng(dir, name, image), writeSvg(dir, name, element),
        element, chart);
  }

  /**
   * An SVG canvas with a fixed id prefix (not the library's nanoTime default), so the same chart
   * gives the same bytes and clip-path ids stay unique when several charts share one page, and
   * with coordinates rounded to 0.01 px, which keeps inlined charts small.
   */
  static SVGGraphics2D svgGraphics(int w, int h, String name) {
    SVGGraphics2D g2 = new SVGGraphics2D(w, h);
    g2.setDefsKeyPrefix("gf-" + name + "-");
    g2.setGeomDoubleConverter(ChartFile::round2);
    return g2;
  }

  static String round2(double v) {
    double r = Math.round(v * 100) / 100.0;
    if (r == Math.rint(r) && Math.abs(r) < 1e9) {
      return Long.toString((long) r);
    }
    return Double.toString(r);
  }

  /** Writes an image drawn elsewhere (the network picture). */
  static Path writePng(Path dir, String name, BufferedImage image) {
    Path file = dir.resolve(name + ".png");
    try {
      Path tmp = dir.resolve("." + name + ".png.tmp");
      try (var out = Files.newOutputStream(tmp)) {
        ChartUtilities.writeBufferedImageAsPNG(out, image);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new ReportException("cannot write " + file + ": " + e.getMessage());
    }
  }

  /** Writes an SVG element as a standalone file. */
  static Path writeSvg(Path dir, String name, String element) {
    return Report.writeText(dir.resolve(name + ".svg"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n");
  }
}
