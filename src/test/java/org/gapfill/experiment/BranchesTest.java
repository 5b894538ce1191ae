package org.gapfill.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.metrics.MetricsRecorder;
import org.gapfill.model.policy.PolicyEvent;
import org.junit.jupiter.api.Test;

/** Common random numbers and forking from a checkpoint. */
class BranchesTest {
  private static final int FORK = 30;

  private static Params base() {
    Params p = DefaultCity.params();
    p.scale = 0.1;
    p.horizonWeeks = 70;
    p.events.add(new PolicyEvent.SetDiscretion(10, 0.4));
    return p;
  }

  private static Params narrowing() {
    Params p = base();
    p.name = "narrowing";
    p.events.add(new PolicyEvent.NarrowEligibility(FORK, LegalStatus.REJECTED,
        EnumSet.of(Domain.HOUSING, Domain.SUBSISTENCE), Eligibility.EXCLUDED));
    p.events.add(new PolicyEvent.FundingCut(50, "civic", 0.5));
    return p;
  }

  @Test
  void forkedBranchesShareTheirHistoryAndEqualStraightRuns() {
    List<Params> scenarios = List.of(base(), narrowing());
    List<List<ReplicateResult>> forked = Branches.run(scenarios, 3, FORK, 2, Progress.NONE);
    List<List<ReplicateResult>> straight = Branches.run(scenarios, 3, null, 2, Progress.NONE);
    for (int r = 0; r < 3; r++) {
      MetricsRecorder a = forked.get(0).get(r).recorder();
      MetricsRecorder b = forked.get(1).get(r).recorder();
      for (int w = 0; w < FORK; w++) {
        assertArrayEquals(a.row(w), b.row(w), "week " + w + " before the fork");
      }
      assertFalse(Arrays.equals(a.row(FORK + 20), b.row(FORK + 20)), "branches differ after");
      for (int s = 0; s < 2; s++) {
        for (Metric m : Metric.values()) {
          assertArrayEquals(straight.get(s).get(r).recorder().series(m),
              forked.get(s).get(r).recorder().series(m), "scenario " + s + ", " + m.column());
        }
        assertEquals(straight.get(s).get(r).events(), forked.get(s).get(r).events());
      }
    }
  }

  @Test
  void everyScenarioUsesTheSameReplicateSeeds() {
    List<List<ReplicateResult>> runs = Branches.run(List.of(base(), narrowing()), 2, null, 2,
        Progress.NONE);
    for (int r = 0; r < 2; r++) {
      assertEquals(runs.get(0).get(r).seed(), runs.get(1).get(r).seed());
      assertArrayEquals(runs.get(0).get(r).recorder().row(5), runs.get(1).get(r).recorder().row(5),
          "same seed, same events so far: same week 5");
    }
    assertTrue(runs.get(0).get(0).seed() != runs.get(0).get(1).seed());
  }

  @Test
  void forkingNeedsScenariosThatAgreeBeforeTheForkWeek() {
    List<String> names = List.of("base", "alt");
    assertNull(Branches.forkProblem(List.of(base(), narrowing()), names, FORK));
    String problem = Branches.forkProblem(List.of(base(), narrowing()), names, FORK + 1);
    assertNotNull(problem);
    assertTrue(problem.contains("alt differs from base before week " + (FORK + 1)), problem);
    Params otherRate = base();
    otherRate.behaviour.tieFloor = 0.2;
    assertNotNull(Branches.forkProblem(List.of(base(), otherRate), names, FORK));
    assertNotNull(Branches.forkProblem(List.of(base(), base()), names, 70), "outside the run");
  }
}
