package org.gapfill.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Params;
import org.junit.jupiter.api.Test;

/** Volunteers leave at the rate the annual retention implies, faster when overloaded. */
class VolunteerPoolTest {
  private static final int VOLUNTEERS = 20_000;

  private static int leavers(Params p, double utilisation) {
    p.migrants.initial = 0;
    p.migrants.arrivalsPerWeek = 0;
    p.volunteers.recruitmentPerWeek = 0;
    CsoParams c = CsoParams.ofType("Test", CsoType.CIVIC, Domain.HEALTH);
    c.volunteers = VOLUNTEERS;
    p.csos.clear();
    p.csos.add(c);
    CityModel model = new CityModel(p, 9);
    model.start();
    Cso cso = model.cso(0);
    cso.stats.lastUtilisation = utilisation;
    cso.volunteers.step(model, 0);
    return VOLUNTEERS - cso.volunteers.size();
  }

  @Test
  void weeklyDropoutFollowsTheAnnualRetention() {
    Params p = new Params();
    p.behaviour.motivationEffect = 0;
    int left = leavers(p, 0.5);
    double expected = VOLUNTEERS * (1 - Math.pow(0.65, 1.0 / 52));
    // Binomial standard deviation is about 13 here; 4 of them is a wide but failing band.
    assertEquals(expected, left, 4 * Math.sqrt(expected));
  }

  @Test
  void overloadRaisesDropout() {
    Params calm = new Params();
    calm.behaviour.motivationEffect = 0;
    Params overloaded = new Params();
    overloaded.behaviour.motivationEffect = 0;
    int relaxed = leavers(calm, 0.5);
    int burnt = leavers(overloaded, 2.0);
    // Overload 1 with burnoutFactor 1 doubles the hazard.
    assertEquals(2.0 * relaxed, burnt, 4 * Math.sqrt(2.0 * relaxed));
  }
}
