package org.gapfill.gui;

import java.awt.Color;
import java.awt.GridLayout;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.gapfill.model.CityModel;
import org.gapfill.model.LoggedEvent;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.metrics.MetricsRecorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeries;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Four live time series read from the model's recorder after each week, with a vertical marker
 * at every logged event (policy events, lever changes, CSO foundings and closures).
 */
final class LiveCharts {
  /** The metrics charted, in the order of the 2×2 grid. */
  static final Metric[] SHOWN = {Metric.UNMET_NEED, Metric.GAP_FILLING_LOAD, Metric.FRAGILITY,
      Metric.VOLUNTEER_HOURS};
  /** The longest a chart waits before redrawing, in milliseconds. */
  private static final long REDRAW_WITHIN_MS = 250;
  private static final Color MARKER = new Color(150, 0, 150, 120);
  private final TimeSeriesChartGenerator[] charts = new TimeSeriesChartGenerator[SHOWN.length];
  private final XYSeries[] series = new XYSeries[SHOWN.length];
  private int eventsMarked;

  LiveCharts() {
    for (int k = 0; k < SHOWN.length; k++) {
      charts[k] = new TimeSeriesChartGenerator();
      charts[k].setTitle(SHOWN[k].column());
      charts[k].setXAxisLabel("week");
      charts[k].setYAxisLabel(SHOWN[k].column());
      series[k] = new XYSeries(SHOWN[k].column(), false);
      charts[k].addSeries(series[k], null);
    }
  }

  /** The four charts in a 2×2 grid. */
  JPanel panel() {
    JPanel grid = new JPanel(new GridLayout(2, 2));
    for (TimeSeriesChartGenerator c : charts) {
      grid.add(c);
    }
    return grid;
  }

  /** Empties the series and markers (a new run). */
  void clear() {
    eventsMarked = 0;
    for (int k = 0; k < charts.length; k++) {
      series[k].clear();
      charts[k].getChart().getXYPlot().clearDomainMarkers();
    }
  }

  /** Adds the week just recorded and marks any new events. */
  void record(CityModel model) {
    MetricsRecorder recorder = model.recorder();
    int week = recorder.weeks() - 1;
    if (week < 0) {
      return;
    }
    for (int k = 0; k < SHOWN.length; k++) {
      series[k].add(week, recorder.get(week, SHOWN[k]), false);
      charts[k].updateChartWithin(model.schedule.getSteps(), REDRAW_WITHIN_MS);
    }
    markEvents(model);
  }

  private void markEvents(CityModel model) {
    java.util.List<LoggedEvent> log = model.eventLog();
    while (eventsMarked < log.size()) {
      int week = log.get(eventsMarked++).week();
      SwingUtilities.invokeLater(() -> {
        for (TimeSeriesChartGenerator c : charts) {
          ValueMarker marker = new ValueMarker(week);
          marker.setPaint(MARKER);
          c.getChart().getXYPlot().addDomainMarker(marker);
        }
      });
    }
  }

  /** The series of a charted metric (tests). */
  XYSeries series(Metric m) {
    for (int k = 0; k < SHOWN.length; k++) {
      if (SHOWN[k] == m) {
        return series[k];
      }
    }
    throw new IllegalArgumentException(m + " is not charted");
  }
}
