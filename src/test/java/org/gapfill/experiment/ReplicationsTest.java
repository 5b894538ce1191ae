package org.gapfill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Params;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.metrics.Metric;
import org.gapfill.output.ResultWriter;
import org.junit.jupiter.api.Test;

class ReplicationsTest {
  static Params small() {
    Params p = DefaultCity.params();
    p.scale = 0.05;
    p.horizonWeeks = 60;
    p.seed = 11;
    return p;
  }

  @Test
  void oneAndTwoThreadsGiveTheSameResults() {
    List<ReplicateResult> one = Replications.run(small(), 3, 1, Progress.NONE);
    List<ReplicateResult> two = Replications.run(small(), 3, 2, Progress.NONE);
    assertEquals(ResultWriter.timeseries(one), ResultWriter.timeseries(two));
    assertEquals(ResultWriter.csos(one), ResultWriter.csos(two));
    assertEquals(ResultWriter.events(one), ResultWriter.events(two));
  }

  @Test
  void resultsComeInReplicateOrderWithTheirSeeds() {
    List<ReplicateResult> results = Replications.run(small(), 3, 3, Progress.NONE);
    assertEquals(3, results.size());
    for (int k = 0; k < 3; k++) {
      ReplicateResult r = results.get(k);
      assertEquals(k + 1, r.replicate());
      assertEquals(Seeds.replicateSeed(11, k + 1), r.seed());
      assertEquals(60, r.recorder().weeks());
    }
  }

  @Test
  void aReplicateMatchesItsModelRunAlone() {
    ReplicateResult second = Replications.run(small(), 2, 2, Progress.NONE).get(1);
    CityModel alone = new CityModel(small(), Seeds.replicateSeed(11, 2));
    alone.runToEnd();
    for (int w = 0; w < 60; w++) {
      assertEquals(alone.recorder().get(w, Metric.UNMET_NEED),
          second.recorder().get(w, Metric.UNMET_NEED), 0, "week " + w);
    }
  }

  @Test
  void progressCountsEveryReplicateOnce() {
    List<Integer> done = Collections.synchronizedList(new ArrayList<>());
    List<Integer> totals = Collections.synchronizedList(new ArrayList<>());
    Replications.run(small(), 4, 2, (d, total) -> {
      done.add(d);
      totals.add(total);
    });
    List<Integer> sorted = new ArrayList<>(done);
    Collections.sort(sorted);
    assertEquals(List.of(1, 2, 3, 4), sorted);
    assertEquals(List.of(4, 4, 4, 4), totals);
  }

  @Test
  void aFailingModelNamesItsReplicate() {
    Params p = small();
    CsoParams broken = CsoParams.ofType("Broken", CsoType.CIVIC);
    broken.type = null;
    p.csos.add(broken);
    ReplicationException e = assertThrows(ReplicationException.class,
        () -> Replications.run(p, 1, 1, Progress.NONE));
    assertEquals(1, e.replicate());
    assertTrue(e.getMessage().startsWith(
        "replicate 1 (seed " + Seeds.replicateSeed(11, 1) + ") failed: "), e.getMessage());
  }

  @Test
  void badCountsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Replications.run(small(), 0, 1, Progress.NONE));
    assertThrows(IllegalArgumentException.class,
        () -> Replications.run(small(), 1, 0, Progress.NONE));
  }
}
