package org.gapfill.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gapfill.model.CityModel;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.LoggedEvent;
import org.gapfill.model.Params;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.Municipality;
import org.gapfill.model.agent.Skill;
import org.gapfill.model.agent.Volunteer;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * Every policy event type takes effect in the POLICY phase of its own week (here week 5), not
 * before, changes exactly the state it names, and is logged with its week and type word.
 */
class PolicyTimelineTest {
  private static final int AT = 5;
  private static final int HORIZON = 20;
  private static final String CLINIC = "Clinic for the uninsured";
  private static final String HOUSING = "Housing project";
  private static final String DROP_IN = "Drop-in centre";

  // --- helpers ---

  private static Params params(PolicyEvent... events) {
    Params p = DefaultCity.params();
    p.scale = 0.1;
    p.horizonWeeks = HORIZON;
    p.seed = 42;
    p.events.addAll(List.of(events));
    return p;
  }

  private static CityModel started(Params p) {
    CityModel model = new CityModel(p);
    model.start();
    return model;
  }

  private static CityModel started(PolicyEvent... events) {
    return started(params(events));
  }

  /** Steps weeks until {@code model.week() == week} (i.e. through week − 1). */
  private static void stepTo(CityModel model, int week) {
    while (model.week() < week) {
      model.stepWeek();
    }
    assertEquals(week, model.week());
  }

  /** Steps weeks 0..AT−1: the event's week has not begun yet. */
  private static void stepBefore(CityModel model) {
    stepTo(model, AT);
  }

  /** Steps the event's week AT. */
  private static void stepEventWeek(CityModel model) {
    assertEquals(AT, model.week());
    model.stepWeek();
    assertEquals(AT + 1, model.week());
  }

  private static List<LoggedEvent> logged(CityModel model, String type) {
    List<LoggedEvent> out = new ArrayList<>();
    for (LoggedEvent e : model.eventLog()) {
      if (e.type().equals(type)) {
        out.add(e);
      }
    }
    return out;
  }

  private static void assertNotLogged(CityModel model, String type) {
    assertTrue(logged(model, type).isEmpty(), type + " logged before week " + AT);
  }

  /** The event appears in the log exactly once, in week AT, under its type word. */
  private static LoggedEvent assertLoggedOnce(CityModel model, PolicyEvent e, int week) {
    List<LoggedEvent> hits = logged(model, e.type());
    assertEquals(1, hits.size(), "log entries of " + e.type() + ": " + model.eventLog());
    assertEquals(week, hits.get(0).week());
    assertEquals(e.type(), hits.get(0).type());
    return hits.get(0);
  }

  private static Cso byName(CityModel model, String name) {
    for (Cso c : model.csos()) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static Eligibility[][] eligibility(Municipality m) {
    Eligibility[][] e = new Eligibility[LegalStatus.SIMULATED][Domain.COUNT];
    for (int s = 0; s < LegalStatus.SIMULATED; s++) {
      for (int d = 0; d < Domain.COUNT; d++) {
        e[s][d] = m.eligibility(s, d);
      }
    }
    return e;
  }

  private static int[] skillCounts(Cso c) {
    int[] n = new int[Skill.COUNT];
    for (Volunteer v : c.volunteers().members()) {
      n[v.skill.ordinal()]++;
    }
    return n;
  }

  private static int[][] skillCounts(CityModel model) {
    int[][] n = new int[model.csos().size()][];
    for (int k = 0; k < n.length; k++) {
      n[k] = skillCounts(model.cso(k));
    }
    return n;
  }

  private static List<Tie> liveTiesOf(CityModel model, int node) {
    List<Tie> out = new ArrayList<>();
    for (Tie t : model.network().ties()) {
      if (t.alive() && (t.a == node || t.b == node)) {
        out.add(t);
      }
    }
    return out;
  }

  // --- eligibility ---

  private void eligibilityEvent(PolicyEvent e, LegalStatus status, Set<Domain> domains,
      Eligibility to) {
    CityModel model = started(e);
    Eligibility[][] initial = eligibility(model.municipality());
    for (Domain d : domains) {
      assertNotEquals(to, initial[status.ordinal()][d.ordinal()], "test must change the cell");
    }
    stepBefore(model);
    assertArrayEqualsDeep(initial, eligibility(model.municipality()));
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    Eligibility[][] after = eligibility(model.municipality());
    for (int s = 0; s < LegalStatus.SIMULATED; s++) {
      for (Domain d : Domain.values()) {
        Eligibility expected = s == status.ordinal() && domains.contains(d)
            ? to : initial[s][d.ordinal()];
        assertEquals(expected, after[s][d.ordinal()], "status " + s + ", " + d);
      }
    }
    assertLoggedOnce(model, e, AT);
  }

  private static void assertArrayEqualsDeep(Eligibility[][] a, Eligibility[][] b) {
    for (int s = 0; s < a.length; s++) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(a[s], b[s], "status " + s);
    }
  }

  @Test
  void narrowEligibility() {
    Set<Domain> domains = EnumSet.of(Domain.HEALTH, Domain.HOUSING);
    eligibilityEvent(new PolicyEvent.NarrowEligibility(AT, LegalStatus.REJECTED, domains,
        Eligibility.EXCLUDED), LegalStatus.REJECTED, domains, Eligibility.EXCLUDED);
  }

  @Test
  void widenEligibility() {
    Set<Domain> domains = EnumSet.of(Domain.HEALTH, Domain.LEGAL, Domain.PSYCHOSOCIAL);
    eligibilityEvent(new PolicyEvent.WidenEligibility(AT, LegalStatus.UNDOCUMENTED, domains,
        Eligibility.DISCRETIONARY), LegalStatus.UNDOCUMENTED, domains, Eligibility.DISCRETIONARY);
  }

  // --- municipality ---

  @Test
  void setDiscretion() {
    PolicyEvent e = new PolicyEvent.SetDiscretion(AT, 0.85);
    CityModel model = started(e);
    double before = model.municipality().discretion();
    assertEquals(0.5, before);
    stepBefore(model);
    assertEquals(before, model.municipality().discretion());
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    assertEquals(0.85, model.municipality().discretion());
    assertLoggedOnce(model, e, AT);
  }

  @Test
  void publicCapacity() {
    Set<Domain> domains = EnumSet.of(Domain.HEALTH, Domain.LEGAL);
    PolicyEvent e = new PolicyEvent.PublicCapacity(AT, domains, 0.6);
    CityModel model = started(e);
    double[] hours = new double[Domain.COUNT];
    for (Domain d : Domain.values()) {
      hours[d.ordinal()] = model.municipality().service(d.ordinal()).capacityHoursPerWeek();
    }
    stepBefore(model);
    for (Domain d : Domain.values()) {
      assertEquals(1.0, model.municipality().service(d.ordinal()).capacityFactor(), d.word());
      assertEquals(hours[d.ordinal()],
          model.municipality().service(d.ordinal()).capacityHoursPerWeek(), d.word());
    }
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    for (Domain d : Domain.values()) {
      double factor = domains.contains(d) ? 0.6 : 1.0;
      assertEquals(factor, model.municipality().service(d.ordinal()).capacityFactor(), d.word());
      assertEquals(hours[d.ordinal()] * factor,
          model.municipality().service(d.ordinal()).capacityHoursPerWeek(), 1e-9, d.word());
    }
    assertLoggedOnce(model, e, AT);
  }

  @Test
  void lockdown() {
    int weeks = 3;
    PolicyEvent e = new PolicyEvent.Lockdown(AT, weeks, 0.4, 0.7);
    CityModel model = started(e);
    Municipality city = model.municipality();
    for (int w = 0; w < AT; w++) {
      assertEquals(1.0, city.publicFactor(model.week()));
      assertEquals(1.0, city.csoFactor(model.week()));
      model.stepWeek();
    }
    // Not yet applied: even the factors for the coming lockdown weeks are still 1.
    for (int w = AT; w < AT + weeks + 2; w++) {
      assertEquals(1.0, city.publicFactor(w), "week " + w);
      assertEquals(1.0, city.csoFactor(w), "week " + w);
    }
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    for (int w = AT; w < AT + weeks; w++) {
      assertEquals(0.4, city.publicFactor(w), "week " + w);
      assertEquals(0.7, city.csoFactor(w), "week " + w);
    }
    for (int w = AT + weeks; w < HORIZON; w++) {
      assertEquals(1.0, city.publicFactor(w), "week " + w);
      assertEquals(1.0, city.csoFactor(w), "week " + w);
    }
    assertLoggedOnce(model, e, AT);
    // And as the weeks are actually simulated: in effect while they run, lifted afterwards.
    while (model.week() < AT + weeks + 2) {
      int w = model.week();
      double expected = w < AT + weeks ? 0.4 : 1.0;
      assertEquals(expected, city.publicFactor(w), "week " + w);
      model.stepWeek();
    }
  }

  @Test
  void reportingDuty() {
    PolicyEvent e = new PolicyEvent.ReportingDuty(AT, true);
    CityModel model = started(e);
    assertFalse(model.municipality().reportingDuty());
    stepBefore(model);
    assertFalse(model.municipality().reportingDuty());
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    assertTrue(model.municipality().reportingDuty());
    assertEquals("on", assertLoggedOnce(model, e, AT).detail());
  }

  @Test
  void municipalId() {
    PolicyEvent e = new PolicyEvent.MunicipalId(AT, true);
    CityModel model = started(e);
    int undocumented = LegalStatus.UNDOCUMENTED.ordinal();
    int health = Domain.HEALTH.ordinal();
    assertFalse(model.municipality().municipalId());
    stepBefore(model);
    assertFalse(model.municipality().municipalId());
    assertEquals(Eligibility.EXCLUDED,
        model.municipality().effectiveEligibility(undocumented, health));
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    assertTrue(model.municipality().municipalId());
    // The ID turns exclusion into case-by-case decisions, but not the matrix itself.
    assertEquals(Eligibility.DISCRETIONARY,
        model.municipality().effectiveEligibility(undocumented, health));
    assertEquals(Eligibility.EXCLUDED, model.municipality().eligibility(undocumented, health));
    assertEquals("on", assertLoggedOnce(model, e, AT).detail());
  }

  // --- CSO finances and recruitment ---

  @Test
  void fundingCut() {
    double fraction = 0.3;
    PolicyEvent e = new PolicyEvent.FundingCut(AT, "institutional", fraction);
    CityModel model = started(e);
    int n = model.csos().size();
    double[] grants = new double[n];
    for (int k = 0; k < n; k++) {
      grants[k] = model.cso(k).grantPerWeek();
    }
    stepBefore(model);
    for (int k = 0; k < n; k++) {
      assertTrue(model.cso(k).alive(), model.cso(k).name);
      assertEquals(grants[k], model.cso(k).grantPerWeek(), model.cso(k).name);
    }
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    int matched = 0;
    for (int k = 0; k < n; k++) {
      Cso c = model.cso(k);
      boolean hit = c.type == CsoType.INSTITUTIONAL;
      matched += hit ? 1 : 0;
      double expected = hit ? grants[k] * (1 - fraction) : grants[k];
      assertEquals(expected, c.grantPerWeek(), 1e-9, c.name);
    }
    assertEquals(2, matched);
    assertEquals("institutional grants -30% (2 CSOs)", assertLoggedOnce(model, e, AT).detail());
  }

  @Test
  void fundingCutByName() {
    double fraction = 0.5;
    PolicyEvent e = new PolicyEvent.FundingCut(AT, HOUSING, fraction);
    CityModel model = started(e);
    int n = model.csos().size();
    double[] grants = new double[n];
    for (int k = 0; k < n; k++) {
      grants[k] = model.cso(k).grantPerWeek();
    }
    stepBefore(model);
    stepEventWeek(model);
    for (int k = 0; k < n; k++) {
      Cso c = model.cso(k);
      double expected = c.name.equals(HOUSING) ? grants[k] * (1 - fraction) : grants[k];
      assertEquals(expected, c.grantPerWeek(), 1e-9, c.name);
    }
    assertLoggedOnce(model, e, AT);
  }

  @Test
  void donationChange() {
    PolicyEvent e = new PolicyEvent.DonationChange(AT, 0.5, CLINIC);
    CityModel model = started(e);
    stepBefore(model);
    for (Cso c : model.csos()) {
      assertEquals(1.0, c.donationFactor(), c.name);
    }
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    for (Cso c : model.csos()) {
      assertEquals(c.name.equals(CLINIC) ? 0.5 : 1.0, c.donationFactor(), c.name);
    }
    assertLoggedOnce(model, e, AT);
  }

  @Test
  void volunteerRecruitment() {
    PolicyEvent e = new PolicyEvent.VolunteerRecruitment(AT, 2.5, "autonomous");
    CityModel model = started(e);
    stepBefore(model);
    for (Cso c : model.csos()) {
      assertEquals(1.0, c.recruitmentFactor(), c.name);
    }
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    for (Cso c : model.csos()) {
      assertEquals(c.type == CsoType.AUTONOMOUS ? 2.5 : 1.0, c.recruitmentFactor(), c.name);
    }
    assertLoggedOnce(model, e, AT);
  }

  @Test
  void solidarityChange() {
    PolicyEvent e = new PolicyEvent.SolidarityChange(AT, 0.6);
    CityModel model = started(e);
    double before = model.solidarity();
    assertEquals(1.0, before);
    stepBefore(model);
    assertEquals(before, model.solidarity());
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    assertEquals(before * 0.6, model.solidarity());
    assertLoggedOnce(model, e, AT);
  }

  // --- volunteers ---

  @Test
  void volunteerShock() {
    double fraction = 0.5;
    Set<Skill> skills = EnumSet.of(Skill.MEDICAL);
    PolicyEvent e = new PolicyEvent.VolunteerShock(AT, fraction, skills, CLINIC);
    Params p = params(e);
    // Freeze the ordinary volunteer dynamics (no dropout, no recruitment, no peers), so that
    // the only change in volunteer numbers is the shock itself.
    p.volunteers.annualRetention = 1.0;
    p.volunteers.recruitmentPerWeek = 0;
    for (CsoParams c : p.csos) {
      c.peerVolunteerChance = 0;
    }
    CityModel model = started(p);
    int[][] initial = skillCounts(model);
    int clinic = byName(model, CLINIC).index;
    int medical = Skill.MEDICAL.ordinal();
    int n = initial[clinic][medical];
    assertTrue(n >= 2, "the clinic needs medical volunteers for this test, has " + n);
    stepBefore(model);
    for (Cso c : model.csos()) {
      assertTrue(c.alive(), c.name);
    }
    org.junit.jupiter.api.Assertions.assertArrayEquals(initial, skillCounts(model));
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    int leave = (int) Math.round(fraction * n);
    int[][] after = skillCounts(model);
    for (int k = 0; k < after.length; k++) {
      for (int s = 0; s < Skill.COUNT; s++) {
        int expected = k == clinic && s == medical ? n - leave : initial[k][s];
        assertEquals(expected, after[k][s], model.cso(k).name + " " + Skill.of(s));
      }
    }
    assertEquals(leave + " volunteers left", assertLoggedOnce(model, e, AT).detail());
  }

  @Test
  void volunteerSeasonality() {
    double amplitude = 0.5;
    int period = 8;
    PolicyEvent e = new PolicyEvent.VolunteerSeasonality(AT, amplitude, period);
    CityModel model = started(e);
    for (int w = 0; w < AT; w++) {
      assertEquals(1.0, model.seasonality(), "week " + model.week());
      model.stepWeek();
    }
    assertEquals(1.0, model.seasonality(), "week " + model.week());
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    assertLoggedOnce(model, e, AT);
    // model.week() is now AT + 1: an eighth of the period into the cycle.
    double expected = 1 + amplitude * Math.sin(2 * Math.PI * 1 / period);
    assertEquals(expected, model.seasonality(), 1e-12);
    assertNotEquals(1.0, model.seasonality());
    model.stepWeek();
    assertEquals(1 + amplitude, model.seasonality(), 1e-12);
    stepTo(model, AT + period / 2 + 2);
    assertTrue(model.seasonality() < 1, "trough half a period later");
  }

  // --- population ---

  @Test
  void demandShock() {
    int weeks = 4;
    PolicyEvent e = new PolicyEvent.DemandShock(AT, 2000, LegalStatus.UNDOCUMENTED, weeks);
    CityModel shocked = started(e);
    CityModel baseline = started();
    stepBefore(shocked);
    stepBefore(baseline);
    for (int w = 0; w < AT; w++) {
      assertEquals(baseline.recorder().get(w, Metric.ARRIVALS),
          shocked.recorder().get(w, Metric.ARRIVALS), "week " + w);
    }
    assertNotLogged(shocked, e.type());
    stepEventWeek(shocked);
    assertLoggedOnce(shocked, e, AT);
    stepTo(shocked, HORIZON);
    stepTo(baseline, HORIZON);
    double sumShocked = 0;
    double sumBaseline = 0;
    for (int w = AT; w < AT + weeks; w++) {
      sumShocked += shocked.recorder().get(w, Metric.ARRIVALS);
      sumBaseline += baseline.recorder().get(w, Metric.ARRIVALS);
      // 2000 × 0.1 / 4 = 50 extra a week on top of about 4.5.
      assertTrue(shocked.recorder().get(w, Metric.ARRIVALS) > 25, "week " + w);
    }
    assertTrue(sumShocked > sumBaseline + 100, sumShocked + " vs " + sumBaseline);
    // The shock ends after its weeks.
    for (int w = AT + weeks; w < HORIZON; w++) {
      assertTrue(shocked.recorder().get(w, Metric.ARRIVALS) < 25, "week " + w);
    }
  }

  // --- organisations ---

  @Test
  void csoEntry() {
    CsoParams shelter = CsoParams.ofType("Night shelter", CsoType.CIVIC, Domain.HOUSING,
        Domain.SUBSISTENCE);
    PolicyEvent e = new PolicyEvent.CsoEntry(AT, shelter);
    CityModel model = started(e);
    int n = model.csos().size();
    stepBefore(model);
    assertEquals(n, model.csos().size());
    assertNull(byName(model, "Night shelter"));
    assertNotLogged(model, e.type());
    assertNotLogged(model, "csoFounded");
    stepEventWeek(model);
    assertEquals(n + 1, model.csos().size());
    Cso c = byName(model, "Night shelter");
    assertTrue(c != null && c.alive());
    assertEquals(n, c.index);
    assertEquals(CsoType.CIVIC, c.type);
    assertEquals(List.of(c), model.csosMatching("Night shelter"));
    assertLoggedOnce(model, e, AT);
    assertEquals(AT, logged(model, "csoFounded").get(0).week());
    // The newcomer takes part in the following weeks without breaking anything.
    stepTo(model, HORIZON);
    assertEquals(HORIZON, model.recorder().weeks());
  }

  @Test
  void csoExit() {
    PolicyEvent e = new PolicyEvent.CsoExit(AT, DROP_IN);
    CityModel model = started(e);
    Cso c = byName(model, DROP_IN);
    stepBefore(model);
    assertTrue(c.alive());
    assertEquals(-1, c.closedWeek());
    assertFalse(liveTiesOf(model, c.node()).isEmpty(), "the drop-in centre should have ties");
    assertNotLogged(model, e.type());
    stepEventWeek(model);
    assertFalse(c.alive());
    assertEquals(AT, c.closedWeek());
    assertTrue(liveTiesOf(model, c.node()).isEmpty(), "ties left: " + liveTiesOf(model, c.node()));
    assertTrue(model.network().tiesOf(c.node()).isEmpty());
    assertEquals(0, c.volunteers().size());
    assertTrue(model.csosMatching(DROP_IN).isEmpty());
    for (Cso other : model.csos()) {
      assertEquals(other != c, other.alive(), other.name);
    }
    assertLoggedOnce(model, e, AT);
    assertEquals(AT, logged(model, "csoClosed").get(0).week());
    // It stays closed and tieless.
    stepTo(model, HORIZON);
    assertFalse(c.alive());
    assertEquals(AT, c.closedWeek());
    assertTrue(liveTiesOf(model, c.node()).isEmpty());
  }

  // --- the timeline itself ---

  @Test
  void eventsOfTheSameWeekApplyInTheOrderListed() {
    PolicyEvent first = new PolicyEvent.SetDiscretion(AT, 0.2);
    PolicyEvent early = new PolicyEvent.ReportingDuty(2, true);
    PolicyEvent second = new PolicyEvent.SetDiscretion(AT, 0.9);
    PolicyEvent third = new PolicyEvent.FundingCut(AT, "all", 0.5);
    PolicyEvent fourth = new PolicyEvent.FundingCut(AT, "all", 1.0);
    CityModel model = started(first, early, second, third, fourth);
    assertEquals(List.of(early, first, second, third, fourth), model.timeline().events());
    stepBefore(model);
    assertEquals(0.5, model.municipality().discretion());
    stepEventWeek(model);
    assertEquals(0.9, model.municipality().discretion(), "the later-listed value wins");
    List<String> order = new ArrayList<>();
    for (LoggedEvent l : model.eventLog()) {
      if (l.week() == AT && (l.type().equals("setDiscretion") || l.type().equals("fundingCut"))) {
        order.add(l.detail());
      }
    }
    assertEquals(List.of("discretion 0.2", "discretion 0.9", "all grants -50% (5 CSOs)",
        "all grants -100% (5 CSOs)"), order);
    for (Cso c : model.csos()) {
      assertEquals(0.0, c.grantPerWeek(), c.name);
    }

    // Reversed listing, reversed outcome.
    CityModel reversed = started(second, first);
    stepTo(reversed, AT + 1);
    assertEquals(0.2, reversed.municipality().discretion());
  }

  @Test
  void eventAtWeekZeroTakesEffectInTheFirstWeek() {
    PolicyEvent discretion = new PolicyEvent.SetDiscretion(0, 0.9);
    PolicyEvent lockdown = new PolicyEvent.Lockdown(0, 2, 0.5, 0.5);
    CityModel model = started(discretion, lockdown);
    assertEquals(0.5, model.municipality().discretion(), "not applied by start()");
    assertEquals(1.0, model.municipality().publicFactor(0));
    model.stepWeek();
    assertEquals(1, model.week());
    assertEquals(0.9, model.municipality().discretion());
    assertEquals(0.5, model.municipality().publicFactor(0));
    assertEquals(0.5, model.municipality().publicFactor(1));
    assertEquals(1.0, model.municipality().publicFactor(2));
    assertLoggedOnce(model, discretion, 0);
    assertLoggedOnce(model, lockdown, 0);
  }

  /** Every event type of the sealed interface has a test above (kept in step with the model). */
  @Test
  void everyEventTypeIsCovered() {
    Set<String> covered = Set.of("narrowEligibility", "widenEligibility", "setDiscretion",
        "fundingCut", "publicCapacity", "volunteerShock", "volunteerRecruitment",
        "volunteerSeasonality", "demandShock", "lockdown", "reportingDuty", "municipalId",
        "donationChange", "solidarityChange", "csoEntry", "csoExit");
    Set<String> declared = new java.util.HashSet<>();
    for (Class<?> k : PolicyEvent.class.getPermittedSubclasses()) {
      String simple = k.getSimpleName();
      declared.add(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
    }
    assertEquals(covered, declared);
  }
}
