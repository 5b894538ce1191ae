package org.gapfill.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The referral network of one snapshot week: public services on an inner circle, CSOs on a
 * ring around them grouped and coloured by type, edge width by tie strength, articulation
 * points ringed in red. The layout depends only on the node ids, so the same network always
 * gives the same picture.
 */
public final class NetworkPicture {
  /** Picture size in pixels. */
  public static final int SIZE = 760;
  static final Map<String, Color> TYPE_COLOURS = Map.of("civic", new Color(0x1b9e77),
      "institutional", new Color(0x7570b3), "autonomous", new Color(0xd95f02));
  private static final List<String> TYPE_ORDER = List.of("civic", "institutional", "autonomous");
  private static final Color PUBLIC_COLOUR = new Color(0x4a4a4a);

  /** A node of the snapshot. */
  public record Node(String id, String label, String kind, String type, boolean articulation) {
  }

  /** A tie of the snapshot. */
  public record Edge(String source, String target, double strength) {
  }

  private final List<Node> nodes;
  private final List<Edge> edges;
  private final String title;

  /** A network to draw. */
  public NetworkPicture(String title, List<Node> nodes, List<Edge> edges) {
    this.title = title;
    this.nodes = nodes;
    this.edges = edges;
  }

  /** Reads {@code week-NNNN.graphml} (nodes) and {@code week-NNNN-edges.csv} (ties). */
  public static NetworkPicture read(Path graphml, Path edgesCsv, String title) {
    List<Node> nodes = new ArrayList<>();
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      Document doc = f.newDocumentBuilder().parse(graphml.toFile());
      NodeList list = doc.getElementsByTagName("node");
      for (int i = 0; i < list.getLength(); i++) {
        Element n = (Element) list.item(i);
        Map<String, String> data = new HashMap<>();
        NodeList ds = n.getElementsByTagName("data");
        for (int k = 0; k < ds.getLength(); k++) {
          Element d = (Element) ds.item(k);
          data.put(d.getAttribute("key"), d.getTextContent());
        }
        String id = n.getAttribute("id");
        nodes.add(new Node(id, data.getOrDefault("label", id), data.getOrDefault("kind", "cso"),
            data.getOrDefault("type", ""), "true".equals(data.get("articulationPoint"))));
      }
    } catch (Exception e) {
      throw new ReportException("cannot read " + graphml + ": " + e.getMessage());
    }
    List<Edge> edges = new ArrayList<>();
    Csv csv = Csv.read(edgesCsv);
    for (int i = 0; i < csv.size(); i++) {
      edges.add(new Edge(csv.text(i, "source"), csv.text(i, "target"), csv.number(i, "strength")));
    }
    return new NetworkPicture(title, nodes, edges);
  }

  /** The nodes as drawn. */
  public List<Node> nodes() {
    return nodes;
  }

  /** The ties as drawn. */
  public List<Edge> edges() {
    return edges;
  }

  /** Node centres: public services on an inner circle, CSOs on an outer ring by type then id. */
  public Map<String, double[]> layout() {
    double c = SIZE / 2.0;
    List<Node> pub = new ArrayList<>();
    List<Node> csos = new ArrayList<>();
    for (Node n : nodes) {
      (n.kind().equals("public") ? pub : csos).add(n);
    }
    pub.sort(Comparator.comparing(Node::id));
    csos.sort(Comparator.comparing((Node n) -> typeRank(n.type())).thenComparing(Node::id));
    Map<String, double[]> at = new HashMap<>();
    place(pub, c, SIZE * 0.13, at, 0);
    place(csos, c, SIZE * 0.34, at, csos.isEmpty() ? 0 : Math.PI / csos.size());
    return at;
  }

  private static int typeRank(String type) {
    int i = TYPE_ORDER.indexOf(type);
    return i < 0 ? TYPE_ORDER.size() : i;
  }

  private static void place(List<Node> ring, double c, double radius, Map<String, double[]> at,
      double offset) {
    for (int i = 0; i < ring.size(); i++) {
      double a = -Math.PI / 2 + offset + 2 * Math.PI * i / ring.size();
      at.put(ring.get(i).id(), new double[] {c + radius * Math.cos(a), c + radius * Math.sin(a)});
    }
  }

  /** Writes {@code dir/name.png} and {@code dir/name.svg}. */
  public ChartFile write(Path dir, String name, String caption) {
    SVGGraphics2D svg = ChartFile.svgGraphics(SIZE, SIZE, name);
    draw(svg);
    String element = svg.getSVGElement("svg-" + name, true, new ViewBox(0, 0, SIZE, SIZE), null, null);
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    draw(g);
    g.dispose();
    return new ChartFile(name, caption, ChartFile.writePng(dir, name, image),
        ChartFile.writeSvg(dir, name, element), element, null);
  }

  /** Draws the picture onto any Graphics2D (SVG or raster). */
  void draw(Graphics2D g) {
    g.setPaint(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, SIZE, SIZE));
    Map<String, double[]> at = layout();
    g.setPaint(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, 16, 26);
    drawEdges(g, at);
    drawNodes(g, at);
    drawLegend(g);
  }

  private void drawEdges(Graphics2D g, Map<String, double[]> at) {
    List<Edge> sorted = new ArrayList<>(edges);
    sorted.sort(Comparator.comparing(Edge::source).thenComparing(Edge::target));
    for (Edge e : sorted) {
      double[] a = at.get(e.source());
      double[] b = at.get(e.target());
      if (a == null || b == null) {
        continue;
      }
      double s = Double.isFinite(e.strength()) ? Math.max(0, Math.min(1, e.strength())) : 0;
      g.setPaint(new Color(90, 90, 90, 70 + (int) Math.round(120 * s)));
      g.setStroke(new BasicStroke((float) (0.6 + 5.0 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
    }
  }

  private void drawNodes(Graphics2D g, Map<String, double[]> at) {
    List<Node> sorted = new ArrayList<>(nodes);
    sorted.sort(Comparator.comparing(Node::id));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    for (Node n : sorted) {
      double[] p = at.get(n.id());
      boolean pub = n.kind().equals("public");
      double r = pub ? 9 : 11;
      g.setPaint(pub ? PUBLIC_COLOUR : TYPE_COLOURS.getOrDefault(n.type(), Color.GRAY));
      Ellipse2D dot = new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r);
      if (pub) {
        g.fill(new Rectangle2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
      } else {
        g.fill(dot);
      }
      if (n.articulation()) {
        g.setPaint(new Color(0xd62728));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Ellipse2D.Double(p[0] - r - 5, p[1] - r - 5, 2 * r + 10, 2 * r + 10));
      }
      g.setPaint(Color.BLACK);
      String label = pub ? n.label().replaceFirst("^public\\.", "") : n.label();
      double dx = p[0] >= SIZE / 2.0 ? r + 4 : -r - 4 - g.getFontMetrics().stringWidth(label);
      g.drawString(label, (float) (p[0] + dx), (float) (p[1] + 4));
    }
  }

  private void drawLegend(Graphics2D g) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int y = SIZE - 84;
    for (String type : TYPE_ORDER) {
      g.setPaint(TYPE_COLOURS.get(type));
      g.fill(new Ellipse2D.Double(16, y - 10, 12, 12));
      g.setPaint(Color.BLACK);
      g.drawString(type + " CSO", 34, y);
      y += 18;
    }
    g.setPaint(PUBLIC_COLOUR);
    g.fill(new Rectangle2D.Double(16, y - 10, 12, 12));
    g.setPaint(Color.BLACK);
    g.drawString("public service", 34, y);
    g.setPaint(new Color(0xd62728));
    g.setStroke(new BasicStroke(2.5f));
    g.draw(new Ellipse2D.Double(SIZE - 230, SIZE - 30, 14, 14));
    g.setPaint(Color.BLACK);
    g.drawString("single point of failure", SIZE - 210, SIZE - 18);
    g.drawString("line width = tie strength", SIZE - 230, SIZE - 40);
  }
}
