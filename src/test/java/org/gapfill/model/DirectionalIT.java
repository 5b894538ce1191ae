package org.gapfill.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.function.Consumer;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.TieHolder;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.policy.PolicyEvent;
import org.junit.jupiter.api.Test;

/**
 * Directional behaviour over ten seeds: each policy shift moves the metrics the way the
 * chapter's evidence says, by more than the spread between seeds.
 */
class DirectionalIT {
  private static final int SEEDS = 10;
  private static final int EVENT_WEEK = 104;
  private static final int HORIZON = 208;

  private static Params city() {
    Params p = DefaultCity.params();
    p.scale = 1.0;
    p.horizonWeeks = HORIZON;
    return p;
  }

  /**
   * Asserts that the metric moves in {@code direction} (+1 up, −1 down) by more than the
   * larger between-seed standard deviation, over weeks [from, to).
   */
  private static void assertShift(Metric m, int direction, Consumer<Params> policy, int from, int to)
      throws Exception {
    double[] base = Replicates.of(city(), SEEDS, p -> { }).mean(m, from, to);
    double[] alt = Replicates.of(city(), SEEDS, policy).mean(m, from, to);
    double diff = Replicates.average(alt) - Replicates.average(base);
    double spread = Replicates.spread(base, alt);
    System.out.printf("%s: base %.4f, policy %.4f, diff %+.4f, spread %.4f%n", m.column(),
        Replicates.average(base), Replicates.average(alt), diff, spread);
    assertTrue(direction * diff > spread, m.column() + " moved " + diff + ", spread " + spread);
  }

  private static void lastYear(Metric m, int direction, Consumer<Params> policy) throws Exception {
    assertShift(m, direction, policy, HORIZON - 52, HORIZON);
  }

  private static final Consumer<Params> NARROW_REJECTED = p -> p.events.add(
      new PolicyEvent.NarrowEligibility(EVENT_WEEK, LegalStatus.REJECTED,
          EnumSet.of(Domain.HEALTH, Domain.HOUSING, Domain.SUBSISTENCE, Domain.LEGAL,
              Domain.PSYCHOSOCIAL), Eligibility.EXCLUDED));

  @Test
  void narrowingEligibilityForRejectedRaisesUnmetNeed() throws Exception {
    lastYear(Metric.UNMET_NEED, +1, NARROW_REJECTED);
  }

  @Test
  void narrowingEligibilityForRejectedRaisesGapFillingLoad() throws Exception {
    lastYear(Metric.GAP_FILLING_LOAD, +1, NARROW_REJECTED);
  }

  @Test
  void narrowingEligibilityForRejectedLowersReferralSuccess() throws Exception {
    lastYear(Metric.REFERRAL_SUCCESS, -1, NARROW_REJECTED);
  }

  private static final Consumer<Params> CUT_CIVIC = p -> p.events.add(
      new PolicyEvent.FundingCut(EVENT_WEEK, "civic", 0.5));

  @Test
  void halvingCivicGrantsLowersCivicCapacity() throws Exception {
    lastYear(Metric.CSO_HOURS_CIVIC, -1, CUT_CIVIC);
  }

  /** Vienna 2019 (DESIGN §1.8): staff were laid off and volunteers ran the service. */
  @Test
  void halvingCivicGrantsRaisesTheirVolunteerShare() throws Exception {
    lastYear(Metric.VOLUNTEER_SHARE_CIVIC, +1, CUT_CIVIC);
  }

  /**
   * The city-wide share moves less (autonomous CSOs are all volunteers anyway), so it is
   * checked on common random numbers: the mean per-seed change exceeds its own spread.
   */
  @Test
  void halvingCivicGrantsRaisesTheCityWideVolunteerShare() throws Exception {
    int from = HORIZON - 52;
    double[] base = Replicates.of(city(), SEEDS, p -> { }).mean(Metric.VOLUNTEER_SHARE, from, HORIZON);
    double[] alt = Replicates.of(city(), SEEDS, CUT_CIVIC).mean(Metric.VOLUNTEER_SHARE, from, HORIZON);
    double[] change = new double[SEEDS];
    for (int k = 0; k < SEEDS; k++) {
      change[k] = alt[k] - base[k];
    }
    double mean = Replicates.average(change);
    System.out.printf("volunteerShare paired change %+.4f, spread %.4f%n", mean, Replicates.sd(change));
    assertTrue(mean > Replicates.sd(change), "paired change " + mean);
  }

  private static final Consumer<Params> VOLUNTEER_SHOCK = p -> p.events.add(
      new PolicyEvent.VolunteerShock(EVENT_WEEK, 0.6, EnumSet.noneOf(
          org.gapfill.model.agent.Skill.class), null));

  @Test
  void volunteerShockLowersVolunteerHours() throws Exception {
    assertShift(Metric.VOLUNTEER_HOURS, -1, VOLUNTEER_SHOCK, EVENT_WEEK, EVENT_WEEK + 52);
  }

  @Test
  void volunteerShockRaisesUnmetNeed() throws Exception {
    assertShift(Metric.UNMET_NEED, +1, VOLUNTEER_SHOCK, EVENT_WEEK, EVENT_WEEK + 52);
  }

  @Test
  void reportingDutyLowersDirectPublicContacts() throws Exception {
    lastYear(Metric.PUBLIC_CONTACTS, -1,
        p -> p.events.add(new PolicyEvent.ReportingDuty(EVENT_WEEK, true)));
  }

  /**
   * A city where several autonomous and civic CSOs reach public services only through
   * institutional brokers; removing the most central broker cuts more triage paths than
   * removing an autonomous organisation.
   */
  @Test
  void losingTheCentralInstitutionalBrokerHurtsTriageReachMoreThanLosingAnAutonomousCso()
      throws Exception {
    Params city = brokerCity();
    String broker = mostCentral(city, CsoType.INSTITUTIONAL);
    String autonomous = "Autonomous 2";
    int from = EVENT_WEEK;
    int to = EVENT_WEEK + 26;
    double[] base = Replicates.of(city, SEEDS, p -> { }).mean(Metric.TRIAGE_REACH, from, to);
    double[] noBroker = Replicates.of(city, SEEDS,
        p -> p.events.add(new PolicyEvent.CsoExit(EVENT_WEEK, broker)))
        .mean(Metric.TRIAGE_REACH, from, to);
    double[] noAutonomous = Replicates.of(city, SEEDS,
        p -> p.events.add(new PolicyEvent.CsoExit(EVENT_WEEK, autonomous)))
        .mean(Metric.TRIAGE_REACH, from, to);
    double lossBroker = Replicates.average(base) - Replicates.average(noBroker);
    double lossAutonomous = Replicates.average(base) - Replicates.average(noAutonomous);
    double spread = Replicates.spread(noBroker, noAutonomous);
    System.out.printf("triageReach: base %.4f, without %s %.4f, without %s %.4f, spread %.4f%n",
        Replicates.average(base), broker, Replicates.average(noBroker), autonomous,
        Replicates.average(noAutonomous), spread);
    assertTrue(lossBroker - lossAutonomous > spread,
        "broker loss " + lossBroker + " vs autonomous loss " + lossAutonomous);
  }

  private static Params brokerCity() {
    Params p = city();
    for (int k = 1; k <= 3; k++) {
      p.csos.add(CsoParams.ofType("Autonomous " + k, CsoType.AUTONOMOUS, Domain.LEGAL,
          Domain.SUBSISTENCE));
    }
    // The chapter's landscape (§4): institutional CSOs hold formal ties to the offices; the
    // autonomous ones have "no or selective relations" and reach them through a broker.
    tie(p, "Clinic for the uninsured", "public.health", TieHolder.VOLUNTEER);
    tie(p, "Housing project", "public.housing", TieHolder.STAFF);
    tie(p, "Housing project", "Welfare counselling", TieHolder.STAFF);
    for (String d : new String[] {"subsistence", "housing", "legal", "psychosocial"}) {
      tie(p, "Welfare counselling", "public." + d, TieHolder.ORG);
    }
    for (String d : new String[] {"health", "housing", "psychosocial"}) {
      tie(p, "Drop-in centre", "public." + d, TieHolder.ORG);
    }
    tie(p, "Volunteer legal counselling", "Welfare counselling", TieHolder.VOLUNTEER);
    for (int k = 1; k <= 3; k++) {
      tie(p, "Autonomous " + k, "Welfare counselling", TieHolder.VOLUNTEER);
    }
    return p;
  }

  private static void tie(Params p, String from, String to, TieHolder holder) {
    p.ties.add(new Params.TieParams(from, to, BROKER_TIE_STRENGTH, holder));
  }

  private static final double BROKER_TIE_STRENGTH = 0.8;

  /** The CSO of a type with the most ties at week 0 (ties at week 0 do not depend on events). */
  private static String mostCentral(Params p, CsoType type) {
    CityModel model = new CityModel(p, 1);
    model.start();
    String best = null;
    int bestDegree = -1;
    for (Cso c : model.csos()) {
      int degree = model.network().tiesOf(c.node()).size();
      if (c.type == type && degree > bestDegree) {
        best = c.name;
        bestDegree = degree;
      }
    }
    return best;
  }
}
