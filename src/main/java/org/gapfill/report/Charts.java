package org.gapfill.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/** JFreeChart builders for every chart of the reports: plain data in, a styled chart out. */
public final class Charts {
  /** A fixed palette, so the same scenario gets the same colour in every chart. */
  static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2),
      new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

  private Charts() {
  }

  /** One line with its 95% band: x (weeks), mean, ciLow, ciHigh. */
  public record Band(String name, double[] x, double[] mean, double[] low, double[] high) {
  }

  /** A vertical marker at a week; dashed for endogenous events. */
  public record EventMark(double week, String label, boolean dashed) {
  }

  /** Mean lines with shaded 95% bands, and labelled event markers. */
  public static JFreeChart bands(String title, String yLabel, List<Band> bands, List<EventMark> marks) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (Band b : bands) {
      YIntervalSeries s = new YIntervalSeries(b.name(), false, true);
      for (int i = 0; i < b.x().length; i++) {
        double m = b.mean()[i];
        if (Double.isFinite(m)) {
          double lo = Double.isFinite(b.low()[i]) ? b.low()[i] : m;
          double hi = Double.isFinite(b.high()[i]) ? b.high()[i] : m;
          s.add(b.x()[i], m, lo, hi);
        }
      }
      data.addSeries(s);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(title, "week", yLabel, data,
        PlotOrientation.VERTICAL, bands.size() > 1, false, false);
    XYPlot plot = style(chart);
    DeviationRenderer r = new DeviationRenderer(true, false);
    r.setAlpha(0.22f);
    for (int i = 0; i < bands.size(); i++) {
      Color c = PALETTE[i % PALETTE.length];
      r.setSeriesPaint(i, c);
      r.setSeriesFillPaint(i, c);
      r.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(r);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    addMarks(plot, marks);
    return chart;
  }

  /**
   * A stacked area over weeks, one layer per name, bottom first. Each series holds the running
   * total up to its layer, drawn as one filled polygon top layer first (XYAreaRenderer), which
   * keeps the SVG small; JFreeChart's stacked renderers draw one polygon per item.
   */
  public static JFreeChart stacked(String title, String yLabel, double[] x, List<String> names,
      double[][] values, Paint[] paints) {
    XYSeriesCollection data = new XYSeriesCollection();
    double[] total = new double[x.length];
    for (int s = 0; s < names.size(); s++) {
      XYSeries series = new XYSeries(names.get(s), false, true);
      for (int i = 0; i < x.length; i++) {
        total[i] += Double.isFinite(values[s][i]) ? values[s][i] : 0.0;
        series.add(x[i], total[i]);
      }
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(title, "week", yLabel, data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = style(chart);
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
    XYAreaRenderer r = new XYAreaRenderer(XYAreaRenderer.AREA);
    r.setOutline(false);
    for (int s = 0; s < names.size(); s++) {
      r.setSeriesPaint(s, paints[s % paints.length]);
    }
    plot.setRenderer(r);
    return chart;
  }

  /** Plain lines over weeks, one per name. */
  public static JFreeChart lines(String title, String yLabel, double[] x, List<String> names,
      double[][] values, Paint[] paints, List<EventMark> marks) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int s = 0; s < names.size(); s++) {
      XYSeries series = new XYSeries(names.get(s), false, true);
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(values[s][i])) {
          series.add(x[i], values[s][i]);
        }
      }
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(title, "week", yLabel, data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = style(chart);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    r.setDrawSeriesLineAsPath(true);
    for (int s = 0; s < names.size(); s++) {
      r.setSeriesPaint(s, paints[s % paints.length]);
      r.setSeriesStroke(s, new BasicStroke(2f));
    }
    plot.setRenderer(r);
    addMarks(plot, marks);
    return chart;
  }

  /** A scatter: one series of (x, y) points per name. */
  public static JFreeChart scatter(String title, String xLabel, String yLabel, List<String> names,
      double[][] xs, double[][] ys) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int s = 0; s < names.size(); s++) {
      XYSeries series = new XYSeries(names.get(s), false, true);
      for (int i = 0; i < xs[s].length; i++) {
        if (Double.isFinite(xs[s][i]) && Double.isFinite(ys[s][i])) {
          series.add(xs[s][i], ys[s][i]);
        }
      }
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createScatterPlot(title, xLabel, yLabel, data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = style(chart);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    for (int s = 0; s < names.size(); s++) {
      r.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
    }
    plot.setRenderer(r);
    ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
    return chart;
  }

  /** An index estimate with its CI. */
  public record Ci(double estimate, double low, double high) {
  }

  /** Morris: one point per parameter at (mu*, sigma), with both CIs as error bars. */
  public static JFreeChart morris(String title, List<String> params, List<Ci> muStar, List<Ci> sigma) {
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    for (int p = 0; p < params.size(); p++) {
      XYIntervalSeries s = new XYIntervalSeries(params.get(p));
      Ci x = muStar.get(p);
      Ci y = sigma.get(p);
      s.add(x.estimate(), orElse(x.low(), x.estimate()), orElse(x.high(), x.estimate()),
          y.estimate(), orElse(y.low(), y.estimate()), orElse(y.high(), y.estimate()));
      data.addSeries(s);
    }
    JFreeChart chart = ChartFactory.createScatterPlot(title, "μ* (mean absolute elementary effect)",
        "σ (spread: interactions, non-linearity)", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = style(chart);
    XYErrorRenderer r = new XYErrorRenderer();
    r.setCapLength(6);
    r.setErrorStroke(new BasicStroke(1.2f));
    for (int p = 0; p < params.size(); p++) {
      r.setSeriesPaint(p, PALETTE[p % PALETTE.length]);
    }
    plot.setRenderer(r);
    ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(true);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    return chart;
  }

  /** Sobol: per parameter a first-order and a total bar, each with its CI as an error bar. */
  public static JFreeChart sobol(String title, List<String> params, List<Ci> first, List<Ci> total) {
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    String[] names = {"first-order", "total"};
    List<List<Ci>> values = List.of(first, total);
    for (int k = 0; k < 2; k++) {
      XYIntervalSeries s = new XYIntervalSeries(names[k]);
      for (int p = 0; p < params.size(); p++) {
        Ci c = values.get(k).get(p);
        double x = p + (k == 0 ? -0.2 : 0.2);
        s.add(x, x - 0.18, x + 0.18, c.estimate(), orElse(c.low(), c.estimate()),
            orElse(c.high(), c.estimate()));
      }
      data.addSeries(s);
    }
    JFreeChart chart = ChartFactory.createXYBarChart(title, "parameter", false, "Sobol index", data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = style(chart);
    XYBarRenderer bars = new XYBarRenderer();
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, PALETTE[0]);
    bars.setSeriesPaint(1, PALETTE[4]);
    plot.setRenderer(0, bars);
    XYErrorRenderer errors = new XYErrorRenderer();
    errors.setDrawXError(false);
    errors.setBaseShapesVisible(false);

    errors.setErrorPaint(Color.BLACK);
    errors.setCapLength(6);
    plot.setDataset(1, data);
    plot.setRenderer(1, errors);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(bars.getLegendItem(0, 0));
    legend.add(bars.getLegendItem(0, 1));
    plot.setFixedLegendItems(legend);
    SymbolAxis axis = new SymbolAxis("parameter", params.toArray(new String[0]));
    axis.setGridBandsVisible(false);
    plot.setDomainAxis(axis);
    double lo = 0;
    double hi = 1;
    for (List<Ci> list : values) {
      for (Ci c : list) {
        lo = Math.min(lo, orElse(c.low(), 0));
        hi = Math.max(hi, orElse(c.high(), 0));
      }
    }
    // the indices live in [0, 1]; the range also shows any bootstrap interval reaching beyond
    plot.getRangeAxis().setRange(lo - 0.02, hi + 0.05);
    return chart;
  }

  private static double orElse(double v, double fallback) {
    return Double.isFinite(v) ? v : fallback;
  }

  private static XYPlot style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
    return plot;
  }

  private static void addMarks(XYPlot plot, List<EventMark> marks) {
    for (int k = 0; k < marks.size(); k++) {
      EventMark e = marks.get(k);
      ValueMarker m = new ValueMarker(e.week());
      m.setPaint(e.dashed() ? new Color(0x888888) : new Color(0x333333));
      m.setStroke(e.dashed()
          ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f)
          : new BasicStroke(1.2f));
      m.setLabel(e.label());
      m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
      m.setLabelPaint(new Color(0x333333));
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      // stagger labels so events in nearby weeks stay readable
      m.setLabelOffset(new RectangleInsets(4 + 13 * (k % 5), 3, 2, 3));
      plot.addDomainMarker(m);
    }
  }
}
