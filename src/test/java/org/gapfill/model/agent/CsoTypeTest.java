package org.gapfill.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapfill.model.CityModel;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.metrics.MetricsRecorder;
import org.gapfill.model.network.ReferralNetwork;
import org.gapfill.model.network.Tie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three CSO types differ as Table 14.1 of the chapter says. */
class CsoTypeTest {
  private static CityModel model;

  @BeforeAll
  static void runTheBuiltInCity() {
    Params p = DefaultCity.params();
    p.horizonWeeks = 260;
    model = new CityModel(p, 3);
    model.runToEnd();
  }

  @Test
  void volunteerShareOfHoursIsHighestForAutonomousAndLowestForInstitutional() {
    MetricsRecorder r = model.recorder();
    double civic = r.meanOfLast(Metric.VOLUNTEER_SHARE_CIVIC, 260);
    double institutional = r.meanOfLast(Metric.VOLUNTEER_SHARE_INSTITUTIONAL, 260);
    double autonomous = r.meanOfLast(Metric.VOLUNTEER_SHARE_AUTONOMOUS, 260);
    assertTrue(autonomous > civic, "autonomous " + autonomous + " > civic " + civic);
    assertTrue(civic > institutional, "civic " + civic + " > institutional " + institutional);
  }

  @Test
  void onlyAutonomousCsosGetNoGrant() {
    for (CsoType type : CsoType.values()) {
      double grant = type.defaults().grantPerWeek;
      assertEquals(type == CsoType.AUTONOMOUS, grant == 0, type + " default grant " + grant);
    }
    for (Cso c : model.csos()) {
      double share = c.stats().grantShare();
      if (c.type == CsoType.AUTONOMOUS) {
        assertEquals(0, share, c.name);
      } else {
        assertTrue(share > 0.2, c.name + " grant share " + share);
      }
    }
  }

  @Test
  void institutionalTiesToPublicServicesAreFormalAndOthersArePersonal() {
    ReferralNetwork network = model.network();
    int institutional = 0;
    for (Cso c : model.csos()) {
      for (Tie t : network.tiesOf(c.node())) {
        if (!ReferralNetwork.isPublic(t.other(c.node()))) {
          continue;
        }
        if (c.type == CsoType.INSTITUTIONAL) {
          assertEquals(TieHolder.ORG, t.holder(), c.name);
          institutional++;
        } else {
          assertTrue(t.holder() != TieHolder.ORG, c.name + " holds a formal public tie");
        }
      }
    }
    assertTrue(institutional > 0, "institutional CSOs keep ties to public services");
  }

  @Test
  void civicFinancesAreMoreVolatileThanInstitutionalOnes() {
    assertTrue(CsoType.CIVIC.defaults().donationVolatility
        > CsoType.INSTITUTIONAL.defaults().donationVolatility);
    double civic = 0;
    double institutional = 0;
    for (Cso c : model.csos()) {
      if (c.type == CsoType.CIVIC) {
        civic = Math.max(civic, c.stats().reserveCv());
      } else if (c.type == CsoType.INSTITUTIONAL) {
        institutional = Math.max(institutional, c.stats().reserveCv());
      }
    }
    assertTrue(civic > institutional, "reserve CV civic " + civic + " > institutional " + institutional);
  }

  @Test
  void autonomousCsosCounselInPairsAreMostTrustedAndHoldFewestPublicTies() {
    CsoParams a = CsoType.AUTONOMOUS.defaults();
    for (CsoType other : new CsoType[] {CsoType.CIVIC, CsoType.INSTITUTIONAL}) {
      CsoParams o = other.defaults();
      assertTrue(a.fourEyes && !o.fourEyes);
      assertTrue(a.initialTrust > o.initialTrust);
      assertTrue(a.publicTieChance < o.publicTieChance);
      assertTrue(a.peerVolunteerChance > o.peerVolunteerChance);
    }
  }
}
