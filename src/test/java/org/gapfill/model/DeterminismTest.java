package org.gapfill.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.metrics.MetricsRecorder;
import org.junit.jupiter.api.Test;

/** A seed fixes a run: the same seed gives the same series, another seed different ones. */
class DeterminismTest {

  private static MetricsRecorder run(long seed) {
    Params p = DefaultCity.params();
    p.scale = 0.2;
    p.horizonWeeks = 120;
    CityModel model = new CityModel(p, seed);
    model.runToEnd();
    return model.recorder();
  }

  @Test
  void sameSeedGivesIdenticalSeriesOfEveryMetric() {
    MetricsRecorder a = run(7);
    MetricsRecorder b = run(7);
    assertEquals(a.weeks(), b.weeks());
    for (Metric m : Metric.values()) {
      assertArrayEquals(a.series(m), b.series(m), m.column());
    }
  }

  @Test
  void differentSeedsGiveDifferentSeries() {
    MetricsRecorder a = run(7);
    MetricsRecorder b = run(8);
    for (Metric m : new Metric[] {Metric.NEED_ARISEN, Metric.MET_CSO, Metric.UNMET_NEED,
        Metric.VOLUNTEERS}) {
      assertFalse(Arrays.equals(a.series(m), b.series(m)), m.column() + " should differ");
    }
  }

  @Test
  void runsInParallelThreadsDoNotDisturbEachOther() throws Exception {
    MetricsRecorder alone = run(11);
    MetricsRecorder[] together = new MetricsRecorder[2];
    Thread t1 = new Thread(() -> together[0] = run(11));
    Thread t2 = new Thread(() -> together[1] = run(12));
    t1.start();
    t2.start();
    t1.join();
    t2.join();
    assertArrayEquals(alone.series(Metric.UNMET_NEED), together[0].series(Metric.UNMET_NEED));
    assertArrayEquals(run(12).series(Metric.MET_CSO), together[1].series(Metric.MET_CSO));
  }
}
