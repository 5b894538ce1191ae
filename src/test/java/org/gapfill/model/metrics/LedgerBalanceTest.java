package org.gapfill.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.gapfill.model.CityModel;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.gapfill.model.policy.PolicyEvent;
import org.junit.jupiter.api.Test;

/** The ledger identity of DESIGN §1.7 holds in every week, domain and status. */
class LedgerBalanceTest {

  @Test
  void balancesEveryWeekOfAFullRunOfTheBuiltInCity() {
    Params p = DefaultCity.params();
    assertBalancedEveryWeek(p);
  }

  @Test
  void balancesUnderChurnStatusChangesAndShocks() {
    Params p = DefaultCity.params();
    p.scale = 0.3;
    p.horizonWeeks = 200;
    // Frequent asylum decisions move open needs between statuses; deportations, departures
    // and regularisations drop them; events close CSOs and change eligibility mid-run.
    p.behaviour.asylumDecisionPerWeek = 0.2;
    p.behaviour.regularisationCaseChance = 0.5;
    p.behaviour.legalCaseWeeks = 3;
    p.migrants.departureRatePerWeek = 0.02;
    p.events.add(new PolicyEvent.NarrowEligibility(20, LegalStatus.REJECTED,
        EnumSet.allOf(Domain.class), Eligibility.EXCLUDED));
    p.events.add(new PolicyEvent.DemandShock(30, 2000, LegalStatus.ASYLUM_SEEKER, 10));
    p.events.add(new PolicyEvent.Lockdown(50, 8, 0.3, 0.5));
    p.events.add(new PolicyEvent.CsoExit(80, "Welfare counselling"));
    p.events.add(new PolicyEvent.ReportingDuty(100, true));
    CityModel model = assertBalancedEveryWeek(p);
    Ledger ledger = model.ledger();
    assertTrue(model.recorder().total(Metric.REGULARISATIONS) > 0, "regularisations happened");
    assertTrue(model.recorder().total(Metric.DEPORTATIONS) > 0, "deportations happened");
    assertEquals(0, model.recorder().maxImbalance());
    assertTrue(ledger.totalOpen() > 0);
  }

  private static CityModel assertBalancedEveryWeek(Params p) {
    CityModel model = new CityModel(p);
    model.start();
    long transferred = 0;
    for (int week = 0; week < p.horizonWeeks; week++) {
      model.stepWeek();
      Ledger l = model.ledger();
      transferred += l.transferred();
      for (int s = 0; s < LegalStatus.SIMULATED; s++) {
        for (int d = 0; d < Domain.COUNT; d++) {
          long in = l.openBefore(s, d) + l.arisen(s, d);
          long out = l.metPublic(s, d) + l.metReferred(s, d) + l.metCso(s, d) + l.dropped(s, d)
              + l.open(s, d);
          assertEquals(in, out, "week " + week + ", " + LegalStatus.of(s) + ", " + Domain.of(d));
        }
      }
      MetricsRecorder r = model.recorder();
      double flows = r.get(week, Metric.MET_PUBLIC) + r.get(week, Metric.MET_REFERRED)
          + r.get(week, Metric.MET_CSO) + r.get(week, Metric.DROPPED);
      double previousOpen = week == 0 ? l.openBeforeTotal() : r.get(week - 1, Metric.NEED_OPEN);
      assertEquals(previousOpen + r.get(week, Metric.NEED_ARISEN),
          flows + r.get(week, Metric.NEED_OPEN), 1e-9, "totals of week " + week);
    }
    assertTrue(model.recorder().total(Metric.MET_CSO) > 0);
    assertTrue(model.recorder().total(Metric.MET_PUBLIC) > 0);
    assertTrue(p.behaviour.asylumDecisionPerWeek < 0.1 || transferred > 0, "status transfers seen");
    return model;
  }
}
