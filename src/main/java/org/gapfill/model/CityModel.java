package org.gapfill.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.HelpSeeking;
import org.gapfill.model.agent.Migrants;
import org.gapfill.model.agent.Municipality;
import org.gapfill.model.agent.NeedDynamics;
import org.gapfill.model.agent.Population;
import org.gapfill.model.agent.Skill;
import org.gapfill.model.agent.Volunteer;
import org.gapfill.model.agent.VolunteerPool;
import org.gapfill.model.metrics.Ledger;
import org.gapfill.model.metrics.MetricsRecorder;
import org.gapfill.model.metrics.WeekTally;
import org.gapfill.model.network.ReferralNetwork;
import org.gapfill.model.policy.PolicyEvent;
import org.gapfill.model.policy.PolicyTimeline;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The city as a MASON {@link SimState}: it owns the state and schedules one Steppable per
 * {@link Phase}, each walking its agents; the work itself is done by the agents, the timeline,
 * the network and the recorder. A week is one schedule step.
 *
 * <pre>
 *   CityModel model = new CityModel(DefaultCity.params());
 *   model.runToEnd();
 *   double unmet = model.recorder().last(Metric.UNMET_NEED);
 * </pre>
 */
public final class CityModel extends SimState {
  private static final long serialVersionUID = 1L;
  /** Weeks of the last year, over which per-CSO figures are reported. */
  public static final int YEAR_WEEKS = 52;

  private final Params params;
  private final Behaviour behaviour;
  private Migrants migrants;
  private Municipality municipality;
  private final List<Cso> csos = new ArrayList<>();
  private ReferralNetwork network;
  private final Ledger ledger = new Ledger();
  private final WeekTally tally = new WeekTally();
  private MetricsRecorder recorder;
  private PolicyTimeline timeline;
  private final Population population = new Population();
  private final HelpSeeking helpSeeking = new HelpSeeking();
  private final List<LoggedEvent> eventLog = new ArrayList<>();
  private int week;
  private int nextVolunteerId;
  private double solidarity;
  private double seasonAmplitude;
  private int seasonPeriodWeeks;
  private int seasonStartWeek;

  /** A model of the given parameters, seeded with {@code params.seed}; the parameters are copied. */
  public CityModel(Params params) {
    this(params, params.seed);
  }

  /** A model of the given parameters with an explicit seed (replicates). */
  public CityModel(Params params, long seed) {
    super(seed);
    this.params = params.copy();
    this.params.seed = seed;
    this.behaviour = this.params.behaviour;
  }

  @Override
  public void start() {
    super.start();
    CityBuilder.build(this);
    ledger.open(migrants);
    recorder = new MetricsRecorder(this);
    for (Phase phase : Phase.values()) {
      schedule.scheduleRepeating(Schedule.EPOCH, phase.ordinal(), s -> runPhase(phase), 1.0);
    }
  }

  private void runPhase(Phase phase) {
    switch (phase) {
      case POLICY:
        // Last week's closing balance becomes this week's opening one; until now its flows
        // stayed readable for observers and tests.
        ledger.roll();
        tally.reset();
        if (week == Math.max(0, params.horizonWeeks - YEAR_WEEKS)) {
          for (Cso c : csos) {
            c.stats().markYearStart();
          }
        }
        municipality.startWeek();
        timeline.step(this);
        break;
      case NEEDS:
        NeedDynamics.step(this);
        break;
      case HELP_SEEKING:
        helpSeeking.step(this);
        break;
      case PUBLIC_SERVICES:
        municipality.serveRequests(this);
        break;
      case CSOS:
        stepCsos();
        break;
      case POLITICS:
        municipality.politics().step(this);
        break;
      case VOLUNTEERS:
        stepVolunteers();
        break;
      case TIES:
        stepTies();
        break;
      case POPULATION:
        population.step(this);
        break;
      case METRICS:
        recorder.record(this);
        week++;
        break;
      default:
        throw new IllegalStateException("unscheduled phase " + phase);
    }
  }

  /** CSOs work in a random order each week (it decides who gets scarce public capacity first). */
  private void stepCsos() {
    int n = csos.size();
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Draw.shuffle(random, order, n);
    for (int k = 0; k < n; k++) {
      csos.get(order[k]).step(this);
    }
  }

  /**
   * Recruitment is shared among CSOs by visibility and by the size of the volunteer base each
   * was founded with (its circles of supporters), scaled by solidarity and the season.
   */
  private void stepVolunteers() {
    double weight = 0;
    for (Cso c : csos) {
      if (c.alive()) {
        weight += recruitmentWeight(c);
      }
    }
    double perWeight = weight == 0 ? 0
        : params.volunteers.recruitmentPerWeek * params.scale * solidarity * seasonality() / weight;
    for (Cso c : csos) {
      c.volunteers().step(this, perWeight * recruitmentWeight(c));
    }
  }

  private static double recruitmentWeight(Cso c) {
    return c.params().visibility * (1 + c.params().volunteers) * c.recruitmentFactor();
  }

  private void stepTies() {
    CityBuilder.networking(this);
    tally.tiesLost += network.decay(week, behaviour.tieDecayPerWeek, behaviour.orgTieDecayFactor);
  }

  /** Runs every week up to the horizon. */
  public void runToEnd() {
    start();
    runRemaining();
  }

  /** Runs the remaining weeks up to the horizon (after {@link #start()} or a checkpoint). */
  public void runRemaining() {
    while (week < params.horizonWeeks) {
      schedule.step(this);
    }
    finish();
  }

  /**
   * From this week on, follows another timeline: the events of {@code events} at or after the
   * current week replace those not yet applied. A branch forked from a checkpoint uses this to
   * differ from its trunk only by what changes from now on.
   */
  public void continueWith(List<PolicyEvent> events) {
    List<PolicyEvent> future = new ArrayList<>();
    for (PolicyEvent e : events) {
      if (e.at() >= week) {
        future.add(e);
      }
    }
    params.events.removeIf(e -> e.at() >= week);
    params.events.addAll(future);
    timeline = new PolicyTimeline(future);
    recorder.resetSnapshotWeeks(params.events, params.horizonWeeks);
  }

  /** Runs one week (after {@link #start()}). */
  public void stepWeek() {
    schedule.step(this);
  }

  // --- state the agents share ---

  public Params params() {
    return params;
  }

  public Behaviour behaviour() {
    return behaviour;
  }

  /** The week being simulated (0-based); after the METRICS phase it is the next one. */
  public int week() {
    return week;
  }

  public double scale() {
    return params.scale;
  }

  public Migrants migrants() {
    return migrants;
  }

  public Municipality municipality() {
    return municipality;
  }

  public List<Cso> csos() {
    return csos;
  }

  public Cso cso(int index) {
    return csos.get(index);
  }

  public ReferralNetwork network() {
    return network;
  }

  public Ledger ledger() {
    return ledger;
  }

  public WeekTally tally() {
    return tally;
  }

  public MetricsRecorder recorder() {
    return recorder;
  }

  public PolicyTimeline timeline() {
    return timeline;
  }

  public Population population() {
    return population;
  }

  public List<LoggedEvent> eventLog() {
    return eventLog;
  }

  /** Public solidarity now (scales donations and recruitment). */
  public double solidarity() {
    return solidarity;
  }

  public void scaleSolidarity(double factor) {
    solidarity *= factor;
  }

  /** The seasonal multiplier of recruitment and availability this week (1 when none is set). */
  public double seasonality() {
    if (seasonPeriodWeeks <= 0) {
      return 1;
    }
    double phase = 2 * Math.PI * (week - seasonStartWeek) / seasonPeriodWeeks;
    return Math.max(0, 1 + seasonAmplitude * Math.sin(phase));
  }

  public void setSeasonality(double amplitude, int periodWeeks, int startWeek) {
    seasonAmplitude = amplitude;
    seasonPeriodWeeks = periodWeeks;
    seasonStartWeek = startWeek;
  }

  public int nextVolunteerId() {
    return nextVolunteerId++;
  }

  /** Adds to the event log. */
  public void log(String type, String detail) {
    eventLog.add(new LoggedEvent(week, type, detail));
  }

  /** The live CSOs a target names: {@code all}, a type word, or a CSO name. */
  public List<Cso> csosMatching(String target) {
    CsoType type = CsoType.fromWord(target);
    List<Cso> out = new ArrayList<>();
    for (Cso c : csos) {
      if (c.alive() && ("all".equals(target) || c.type == type || c.name.equals(target))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Founds a CSO now (week 0 or a {@code csoEntry} event). */
  public Cso addCso(CsoParams p) {
    Cso c = CityBuilder.addCso(this, p);
    if (week > 0 || recorder != null) {
      log("csoFounded", p.name);
    }
    return c;
  }

  /** Closes a CSO now and logs it. */
  public void closeCso(Cso c, String why) {
    if (!c.alive()) {
      return;
    }
    c.close(this);
    log("csoClosed", c.name + ": " + why);
  }

  /**
   * A share of a CSO's volunteers (of some skills; all when empty) leaves at once; returns how
   * many left. "Doctors in a risk group" leaving in a pandemic is the motivating case.
   */
  public int volunteerShock(Cso c, double fraction, Set<Skill> skills) {
    VolunteerPool pool = c.volunteers();
    List<Integer> hit = new ArrayList<>();
    List<Volunteer> members = pool.members();
    for (int k = 0; k < members.size(); k++) {
      if (skills == null || skills.isEmpty() || skills.contains(members.get(k).skill)) {
        hit.add(k);
      }
    }
    int leave = (int) Math.round(fraction * hit.size());
    int[] idx = new int[hit.size()];
    for (int k = 0; k < idx.length; k++) {
      idx[k] = hit.get(k);
    }
    Draw.shuffle(random, idx, idx.length);
    int[] chosen = java.util.Arrays.copyOf(idx, leave);
    java.util.Arrays.sort(chosen);
    for (int k = chosen.length - 1; k >= 0; k--) {
      pool.remove(this, chosen[k]);
    }
    return leave;
  }

  // --- used by CityBuilder while building ---

  void setUp(Migrants m, Municipality city, ReferralNetwork net, PolicyTimeline t) {
    migrants = m;
    municipality = city;
    network = net;
    timeline = t;
    solidarity = params.publicSolidarity;
  }
}
