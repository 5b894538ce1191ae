package org.gapfill.report;

import java.util.List;

/**
 * The HTML of one self-contained report: inline CSS and inline SVG, no script and no external
 * reference. Every text argument is escaped here; only the chart SVG (drawn by us) goes in raw.
 */
public final class Page {
  private static final String CSS = "body{font-family:system-ui,'DejaVu Sans',Arial,sans-serif;"
      + "max-width:980px;margin:24px auto;padding:0 16px;color:#222;line-height:1.45}"
      + "h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:4px;"
      + "margin-top:1.6em}table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;"
      + "padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}"
      + "figure{margin:16px 0}figure svg{max-width:100%;height:auto;border:1px solid #eee}"
      + "figcaption{font-size:.92em;color:#444}pre{background:#f7f7f7;padding:8px;overflow-x:auto;"
      + "font-size:.8em;white-space:pre-wrap}.lead{font-size:1.1em}.finding{margin:.3em 0}"
      + "ol.timeline li{margin:.2em 0}.muted{color:#666;font-size:.9em}";
  private final StringBuilder body = new StringBuilder();
  private final String title;

  /** A page with a title (escaped). */
  public Page(String title) {
    this.title = title;
  }

  /** A section heading. */
  public Page h2(String text) {
    body.append("<h2>").append(Html.esc(text)).append("</h2>\n");
    return this;
  }

  /** A sub-heading. */
  public Page h3(String text) {
    body.append("<h3>").append(Html.esc(text)).append("</h3>\n");
    return this;
  }

  /** A paragraph of plain text with a CSS class (may be empty). */
  public Page p(String cssClass, String text) {
    body.append(cssClass.isEmpty() ? "<p>" : "<p class=\"" + cssClass + "\">")
        .append(Html.esc(text)).append("</p>\n");
    return this;
  }

  /** A bulleted or numbered list of plain texts. */
  public Page list(boolean ordered, String cssClass, List<String> items) {
    String tag = ordered ? "ol" : "ul";
    body.append('<').append(tag).append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"")
        .append(">\n");
    for (String item : items) {
      body.append("<li>").append(Html.esc(item)).append("</li>\n");
    }
    body.append("</").append(tag).append(">\n");
    return this;
  }

  /** A table of plain texts. */
  public Page table(List<String> header, List<List<String>> rows) {
    body.append("<table>\n<tr>");
    for (String h : header) {
      body.append("<th>").append(Html.esc(h)).append("</th>");
    }
    body.append("</tr>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String c : row) {
        body.append("<td>").append(Html.esc(c)).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /** A chart drawn by us, inlined as SVG, with an escaped caption. */
  public Page figure(ChartFile chart) {
    body.append("<figure class=\"chart\" id=\"fig-").append(Html.esc(chart.name())).append("\">\n")
        .append(chart.svgElement()).append("\n<figcaption>").append(Html.esc(chart.caption()))
        .append("</figcaption>\n</figure>\n");
    return this;
  }

  /** Preformatted text (e.g. the manifest). */
  public Page pre(String text) {
    body.append("<pre>").append(Html.esc(text)).append("</pre>\n");
    return this;
  }

  /** The whole document. */
  public String html() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.esc(title) + "</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n<h1>"
        + Html.esc(title) + "</h1>\n" + body + "</body>\n</html>\n";
  }
}
