package org.gapfill.output;

import java.util.List;
import java.util.Locale;
import org.gapfill.experiment.ReplicateResult.Node;
import org.gapfill.model.network.NetworkSnapshot;

/**
 * Writes a network snapshot as GraphML (networkx, igraph and Gephi read it) and as an edge list
 * CSV. Both hold exactly the snapshot's graph, the one its week's network metrics were computed
 * on: every node, isolated ones too, and every tie at or above the floor. Node ids are labels.
 */
public final class GraphMlWriter {
  private static final String HEADER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <key id="label" for="node" attr.name="label" attr.type="string"/>
        <key id="kind" for="node" attr.name="kind" attr.type="string"/>
        <key id="type" for="node" attr.name="type" attr.type="string"/>
        <key id="articulationPoint" for="node" attr.name="articulationPoint" attr.type="boolean"/>
        <key id="strength" for="edge" attr.name="strength" attr.type="double"/>
        <key id="holder" for="edge" attr.name="holder" attr.type="string"/>
      """;

  private GraphMlWriter() {
  }

  /**
   * The GraphML text of a snapshot.
   *
   * @param nodes the run's nodes indexed by node id (see {@code ReplicateResult.nodes()})
   */
  public static String graphMl(NetworkSnapshot snapshot, List<Node> nodes) {
    StringBuilder xml = new StringBuilder(HEADER);
    xml.append("  <graph id=\"").append(String.format(Locale.ROOT, "week-%04d", snapshot.week))
        .append("\" edgedefault=\"undirected\">\n");
    for (int i = 0; i < snapshot.nodes.length; i++) {
      Node node = nodes.get(snapshot.nodes[i]);
      xml.append("    <node id=\"").append(escape(node.label())).append("\">\n");
      data(xml, "label", node.label());
      data(xml, "kind", node.kind());
      data(xml, "type", node.type());
      data(xml, "articulationPoint", Boolean.toString(snapshot.isArticulationPoint[i]));
      xml.append("    </node>\n");
    }
    for (int e = 0; e < snapshot.edgeA.length; e++) {
      xml.append("    <edge id=\"e").append(e).append("\" source=\"")
          .append(escape(nodes.get(snapshot.edgeA[e]).label())).append("\" target=\"")
          .append(escape(nodes.get(snapshot.edgeB[e]).label())).append("\">\n");
      data(xml, "strength", CsvWriter.number(snapshot.strength[e]));
      data(xml, "holder", snapshot.holder[e].word());
      xml.append("    </edge>\n");
    }
    return xml.append("  </graph>\n</graphml>\n").toString();
  }

  /** The edge list of a snapshot: {@code source,target,strength,holder}, one row per tie. */
  public static String edgeList(NetworkSnapshot snapshot, List<Node> nodes) {
    CsvWriter csv = new CsvWriter(List.of("source", "target", "strength", "holder"));
    for (int e = 0; e < snapshot.edgeA.length; e++) {
      csv.cell(nodes.get(snapshot.edgeA[e]).label()).cell(nodes.get(snapshot.edgeB[e]).label())
          .cell(snapshot.strength[e]).cell(snapshot.holder[e].word()).endRow();
    }
    return csv.text();
  }

  private static void data(StringBuilder xml, String key, String value) {
    xml.append("      <data key=\"").append(key).append("\">").append(escape(value))
        .append("</data>\n");
  }

  /**
   * Text safe in XML content and attributes. Characters XML 1.0 forbids (most control
   * characters, lone surrogates) become U+FFFD, since a scenario's CSO name may hold anything.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&apos;");
        case '\t' -> s.append("&#9;");
        case '\n' -> s.append("&#10;");
        case '\r' -> s.append("&#13;");
        default -> i = appendChecked(s, text, i);
      }
    }
    return s.toString();
  }

  /** Appends the character (or surrogate pair) at i if XML allows it; returns the last index used. */
  private static int appendChecked(StringBuilder s, String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      s.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    boolean allowed = c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    s.append(allowed ? c : '\uFFFD');
    return i;
  }
}
