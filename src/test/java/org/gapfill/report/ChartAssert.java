package org.gapfill.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** Checks that chart files are what they claim: a PNG ImageIO reads, an SVG that parses. */
public final class ChartAssert {
  private ChartAssert() {
  }

  /** The PNG has the size; the SVG parses as XML with an svg root of the same size. */
  public static void validPair(Path png, Path svg, int width, int height) throws Exception {
    validPng(png, width, height);
    validSvg(svg, width, height);
  }

  /** ImageIO reads the PNG at the expected size. */
  public static void validPng(Path png, int width, int height) throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    assertNotNull(img, png + " is not a readable image");
    assertEquals(width, img.getWidth(), png + " width");
    assertEquals(height, img.getHeight(), png + " height");
  }

  /** The SVG parses as XML, its root is svg, with the expected width and height. */
  public static void validSvg(Path svg, int width, int height) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element root = f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
    assertEquals("svg", root.getLocalName(), svg + " root");
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI(), svg + " namespace");
    assertEquals(width, Double.parseDouble(root.getAttribute("width")), 1e-9, svg + " width");
    assertEquals(height, Double.parseDouble(root.getAttribute("height")), 1e-9, svg + " height");
  }
}
