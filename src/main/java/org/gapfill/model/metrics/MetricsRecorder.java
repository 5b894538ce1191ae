package org.gapfill.model.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.Migrants;
import org.gapfill.model.network.NetworkSnapshot;
import org.gapfill.model.network.ReferralNetwork;
import org.gapfill.model.policy.PolicyEvent;

/**
 * The observer that closes each week (METRICS phase): it balances the ledger, measures the
 * network every {@code networkEveryWeeks} and in snapshot weeks, and keeps one row of every
 * {@link Metric} per week. Writers, charts and the GUI read it; it never writes anything.
 */
public final class MetricsRecorder implements java.io.Serializable {
  /** Weeks over which unmetNeed and gapFillingLoad pool met need. */
  public static final int WINDOW_WEEKS = 4;
  private static final int COLUMNS = Metric.values().length;

  private final List<double[]> rows = new ArrayList<>();
  private final List<NetworkSnapshot> snapshots = new ArrayList<>();
  private final TreeSet<Integer> snapshotWeeks = new TreeSet<>();
  private final long[][] metWindow = new long[WINDOW_WEEKS][3];
  private NetworkSnapshot lastMeasured;
  private long maxImbalance;
  private final boolean defaultSnapshots;

  public MetricsRecorder(CityModel model) {
    List<Integer> asked = model.params().networkSnapshotWeeks;
    defaultSnapshots = asked.isEmpty();
    if (asked.isEmpty()) {
      defaultWeeks(model.params().events, model.params().horizonWeeks);
    } else {
      snapshotWeeks.addAll(asked);
    }
  }

  /**
   * After a change of timeline, the default snapshot weeks are those of the new events, so a
   * branch measures its network in the same weeks as a straight run of its scenario would.
   */
  public void resetSnapshotWeeks(List<PolicyEvent> events, int horizonWeeks) {
    if (!defaultSnapshots) {
      return;
    }
    snapshotWeeks.clear();
    defaultWeeks(events, horizonWeeks);
  }

  private void defaultWeeks(List<PolicyEvent> events, int horizonWeeks) {
    snapshotWeeks.add(0);
    for (PolicyEvent e : events) {
      snapshotWeeks.add(e.at());
    }
    snapshotWeeks.add(horizonWeeks - 1);
  }

  /** Closes the week and appends its row. */
  public void record(CityModel model) {
    Ledger ledger = model.ledger();
    maxImbalance = Math.max(maxImbalance, ledger.close(model.migrants()));
    int week = model.week();
    boolean snapshot = snapshotWeeks.contains(week);
    if (lastMeasured == null || snapshot || week % model.params().networkEveryWeeks == 0) {
      lastMeasured = measure(model);
      if (snapshot) {
        snapshots.add(lastMeasured);
      }
    }
    double[] row = new double[COLUMNS];
    fillPopulationAndLedger(model, row);
    fillCsos(model, row);
    fillNetwork(model, row);
    fillCosts(model, row);
    rows.add(row);
  }

  private void fillPopulationAndLedger(CityModel model, double[] row) {
    Ledger ledger = model.ledger();
    WeekTally t = model.tally();
    int week = model.week();
    set(row, Metric.WEEK, week);
    set(row, Metric.MIGRANTS, model.migrants().size());
    set(row, Metric.ARRIVALS, t.arrivals);
    set(row, Metric.DEPARTURES, t.departures);
    set(row, Metric.DEPORTATIONS, t.deportations);
    set(row, Metric.REGULARISATIONS, t.regularisations);
    set(row, Metric.NEED_ARISEN, ledger.totalArisen());
    set(row, Metric.MET_PUBLIC, ledger.totalMetPublic());
    set(row, Metric.MET_REFERRED, ledger.totalMetReferred());
    set(row, Metric.MET_CSO, ledger.totalMetCso());
    set(row, Metric.DROPPED, ledger.totalDropped());
    set(row, Metric.NEED_OPEN, ledger.totalOpen());
    long[] slot = metWindow[week % WINDOW_WEEKS];
    slot[0] = ledger.totalMetPublic();
    slot[1] = ledger.totalMetReferred();
    slot[2] = ledger.totalMetCso();
    long pub = 0;
    long ref = 0;
    long cso = 0;
    for (long[] w : metWindow) {
      pub += w[0];
      ref += w[1];
      cso += w[2];
    }
    long open = ledger.totalOpen();
    set(row, Metric.UNMET_NEED, ratio(open, open + pub + ref + cso));
    set(row, Metric.GAP_FILLING_LOAD, ratio(cso, pub + ref + cso));
    set(row, Metric.UNMET_CRITICAL, ledger.totalCritical());
    set(row, Metric.MEAN_WAIT_WEEKS, ledger.meanWaitWeeks());
    set(row, Metric.EMERGENCIES, t.emergencies);
    set(row, Metric.DISPLACED_LOAD, t.displacedUnits);
    set(row, Metric.TURNED_AWAY, t.turnedAway);
    set(row, Metric.REFERRAL_ATTEMPTS, t.referralAttempts);
    set(row, Metric.REFERRAL_SUCCESS, ratio(t.referralSuccesses, t.referralAttempts));
    set(row, Metric.PUBLIC_CONTACTS, t.publicContacts);
    set(row, Metric.ONWARD_REFERRALS, t.onwardReferrals);
    Migrants m = model.migrants();
    double trust = 0;
    double fear = 0;
    for (int i = 0, n = m.size(); i < n; i++) {
      trust += m.trustCity(i);
      fear += m.fear(i);
    }
    set(row, Metric.TRUST_CITY, m.size() == 0 ? 0 : trust / m.size());
    set(row, Metric.FEAR, m.size() == 0 ? 0 : fear / m.size());
  }

  private static void fillCsos(CityModel model, double[] row) {
    WeekTally t = model.tally();
    Metric[] utilisation = {Metric.UTILISATION_CIVIC, Metric.UTILISATION_INSTITUTIONAL,
        Metric.UTILISATION_AUTONOMOUS};
    Metric[] hours = {Metric.CSO_HOURS_CIVIC, Metric.CSO_HOURS_INSTITUTIONAL,
        Metric.CSO_HOURS_AUTONOMOUS};
    Metric[] share = {Metric.VOLUNTEER_SHARE_CIVIC, Metric.VOLUNTEER_SHARE_INSTITUTIONAL,
        Metric.VOLUNTEER_SHARE_AUTONOMOUS};
    Metric[] reserve = {Metric.CSO_RESERVE_CIVIC, Metric.CSO_RESERVE_INSTITUTIONAL,
        Metric.CSO_RESERVE_AUTONOMOUS};
    double[] reserveSum = new double[reserve.length];
    int[] alive = new int[reserve.length];
    int volunteers = 0;
    for (Cso c : model.csos()) {
      if (c.alive()) {
        reserveSum[c.type.ordinal()] += c.reserve();
        alive[c.type.ordinal()]++;
        volunteers += c.volunteers().size();
      }
    }
    int active = 0;
    for (CsoType type : CsoType.values()) {
      int k = type.ordinal();
      set(row, utilisation[k], ratio(t.hoursDemanded[k], t.hoursAvailable[k]));
      set(row, hours[k], t.hoursAvailable[k]);
      set(row, share[k], ratio(t.volunteerServiceHoursByType[k],
          t.volunteerServiceHoursByType[k] + t.professionalServiceHoursByType[k]));
      set(row, reserve[k], alive[k] == 0 ? 0 : reserveSum[k] / alive[k]);
      active += alive[k];
    }
    set(row, Metric.CSOS_ACTIVE, active);
    set(row, Metric.VOLUNTEERS, volunteers);
    set(row, Metric.VOLUNTEER_HOURS, t.volunteerHoursAvailable);
    set(row, Metric.VOLUNTEER_SHARE, ratio(t.volunteerServiceHours,
        t.volunteerServiceHours + t.professionalServiceHours));
  }

  private void fillNetwork(CityModel model, double[] row) {
    NetworkSnapshot s = lastMeasured;
    set(row, Metric.TIES, model.network().liveTies());
    set(row, Metric.TIES_LOST, model.tally().tiesLost);
    set(row, Metric.GIANT_COMPONENT, s.giantComponent);
    set(row, Metric.TRIAGE_REACH, s.triageReach);
    set(row, Metric.ROBUSTNESS, s.robustness);
    set(row, Metric.ARTICULATION_POINTS, s.articulationPoints);
    set(row, Metric.KEY_PERSON_DEPENDENCY, s.keyPersonDependency);
    set(row, Metric.FRAGILITY, s.fragility);
  }

  private static void fillCosts(CityModel model, double[] row) {
    WeekTally t = model.tally();
    double publicService = t.publicHoursUsed * model.municipality().costPerHour();
    double emergency = t.emergencies * model.municipality().emergencyCost();
    set(row, Metric.GRANTS_PAID, t.grantsPaid);
    set(row, Metric.PUBLIC_SERVICE_COST, publicService);
    set(row, Metric.EMERGENCY_COST, emergency);
    set(row, Metric.PUBLIC_COST, t.grantsPaid + publicService + emergency);
  }

  /** The network of this week: public services and live CSOs, ties at or above the floor. */
  public static NetworkSnapshot measure(CityModel model) {
    List<Cso> csos = model.csos();
    boolean[] alive = new boolean[Domain.COUNT + csos.size()];
    java.util.Arrays.fill(alive, 0, Domain.COUNT, true);
    List<int[]> pairs = new ArrayList<>();
    for (Cso c : csos) {
      alive[c.node()] = c.alive();
      if (c.alive()) {
        for (Domain d : c.params().domains) {
          pairs.add(new int[] {c.node(), ReferralNetwork.publicNode(d.ordinal())});
        }
      }
    }
    return NetworkSnapshot.take(model.week(), model.network(), alive, pairs);
  }

  private static void set(double[] row, Metric m, double value) {
    row[m.ordinal()] = value;
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }

  // --- reading ---

  /** Weeks recorded so far. */
  public int weeks() {
    return rows.size();
  }

  /** The row of a week (a copy). */
  public double[] row(int week) {
    return rows.get(week).clone();
  }

  public double get(int week, Metric m) {
    return rows.get(week)[m.ordinal()];
  }

  /** The value of the last recorded week. */
  public double last(Metric m) {
    return rows.get(rows.size() - 1)[m.ordinal()];
  }

  /** The whole series of a metric. */
  public double[] series(Metric m) {
    double[] s = new double[rows.size()];
    for (int w = 0; w < s.length; w++) {
      s[w] = rows.get(w)[m.ordinal()];
    }
    return s;
  }

  /** Mean of a metric over the last {@code weeks} recorded weeks. */
  public double meanOfLast(Metric m, int weeks) {
    int from = Math.max(0, rows.size() - weeks);
    double sum = 0;
    for (int w = from; w < rows.size(); w++) {
      sum += rows.get(w)[m.ordinal()];
    }
    return rows.size() == from ? 0 : sum / (rows.size() - from);
  }

  /** Sum of a metric over all recorded weeks. */
  public double total(Metric m) {
    double sum = 0;
    for (double[] r : rows) {
      sum += r[m.ordinal()];
    }
    return sum;
  }

  /** The network snapshots taken in snapshot weeks. */
  public List<NetworkSnapshot> snapshots() {
    return snapshots;
  }

  /** The largest ledger imbalance seen in any week and cell (0 when the books always balanced). */
  public long maxImbalance() {
    return maxImbalance;
  }
}
