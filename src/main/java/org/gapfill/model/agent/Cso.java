package org.gapfill.model.agent;

import ec.util.MersenneTwisterFast;
import org.gapfill.model.Behaviour;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.IntList;

/**
 * A civil-society organisation of one of the three types of Table 14.1: its finances, staff
 * and volunteers, and its weekly work on the cases that came to it (DESIGN §1.5 step 5). The
 * service logic lives in {@link CaseWork}; the volunteer dynamics in {@link VolunteerPool}.
 */
public final class Cso implements java.io.Serializable {
  public final int index;
  public final String name;
  public final CsoType type;
  final CsoParams p;
  private final boolean[] serves = new boolean[Domain.COUNT];
  boolean alive = true;
  int closedWeek = -1;
  int foundedWeek;
  double professionalsFte;
  double grantPerWeek;
  double reserve;
  double donationFactor = 1;
  double recruitmentFactor = 1;
  private int deficitWeeks;
  private double meanNetPerWeek;
  private double reserveLastWeek;
  boolean fundraising;
  int occupiedPlaces;
  final VolunteerPool volunteers;
  /** Cases that came this week, each encoded by {@link #caseOf(int, int)}. */
  final IntList queue = new IntList(32);
  final CaseWork work = new CaseWork(this);
  final CsoStats stats = new CsoStats();

  public Cso(int index, CsoParams params, double scale, int week) {
    this.index = index;
    this.p = params;
    this.name = params.name;
    this.type = params.type;
    for (Domain d : params.domains) {
      serves[d.ordinal()] = true;
    }
    this.professionalsFte = params.professionalsFte * scale;
    this.grantPerWeek = params.grantPerWeek * scale;
    this.reserve = params.reserve * scale;
    this.reserveLastWeek = reserve;
    this.foundedWeek = week;
    this.volunteers = new VolunteerPool(this);
  }

  /** The scenario values this CSO was made from. */
  public CsoParams params() {
    return p;
  }

  public boolean serves(int domain) {
    return serves[domain];
  }

  /** Whether a migrant would bring a need of this domain here. */
  public boolean accepts(int domain) {
    return serves[domain] || p.generalist;
  }

  public boolean alive() {
    return alive;
  }

  public int closedWeek() {
    return closedWeek;
  }

  public double professionalsFte() {
    return professionalsFte;
  }

  public double grantPerWeek() {
    return grantPerWeek;
  }

  public void setGrantPerWeek(double value) {
    grantPerWeek = Math.max(0, value);
  }

  public double reserve() {
    return reserve;
  }

  public double donationFactor() {
    return donationFactor;
  }

  public void scaleDonations(double factor) {
    donationFactor *= factor;
  }

  public double recruitmentFactor() {
    return recruitmentFactor;
  }

  public void scaleRecruitment(double factor) {
    recruitmentFactor *= factor;
  }

  public int occupiedPlaces() {
    return occupiedPlaces;
  }

  public VolunteerPool volunteers() {
    return volunteers;
  }

  public CsoStats stats() {
    return stats;
  }

  /** Network node id of this CSO. */
  public int node() {
    return Domain.COUNT + index;
  }

  /** Bits of an encoded case below the migrant: three for the domain, one for follow-ups. */
  static final int CASE_BITS = 4;
  private static final int DOMAIN_MASK = 7;
  private static final int FOLLOW_UP = 8;

  /** Encodes a case as one int, so queues hold no objects. */
  static int caseOf(int migrant, int domain) {
    return (migrant << CASE_BITS) | domain;
  }

  static int migrantOf(int entry) {
    return entry >>> CASE_BITS;
  }

  static int domainOf(int entry) {
    return entry & DOMAIN_MASK;
  }

  /** Whether a case is a follow-up this CSO asked for (it keeps its own patient). */
  static boolean isFollowUp(int entry) {
    return (entry & FOLLOW_UP) != 0;
  }

  /** A patient returns for a follow-up consultation it was given here. */
  public void enqueueFollowUp(int migrant, int domain) {
    queue.add(caseOf(migrant, domain) | FOLLOW_UP);
  }

  /** A case arrives in this week's queue. */
  public void enqueue(int migrant, int domain) {
    queue.add(caseOf(migrant, domain));
  }

  /** CSOS phase: pay and earn, then work through the queue, then advocate. */
  public void step(CityModel model) {
    if (!alive) {
      queue.clear();
      return;
    }
    settleFinances(model);
    if (alive) {
      work.serveQueue(model);
    }
    queue.clear();
  }

  /**
   * Income (grant, noisy donations scaled by solidarity, parent support, fundraising) against
   * salaries. A low reserve moves hours to fundraising; a negative one lays staff off (their
   * ties weaken); a sustained deficit closes the organisation (the 2019 Vienna drop-in centre
   * that lost its ministry funding, DESIGN §1.8).
   */
  private void settleFinances(CityModel model) {
    Behaviour b = model.behaviour();
    MersenneTwisterFast random = model.random;
    double noise = Math.max(0, 1 + p.donationVolatility * random.nextGaussian());
    double fundraisingHours = fundraising
        ? professionalsFte * b.professionalHoursPerFte * b.fundraisingShare : 0;
    double donations = p.donationsPerWeek * model.scale() * donationFactor
        * model.solidarity() * noise + fundraisingHours * b.donationsPerFundraisingHour;
    double salaries = professionalsFte * b.salaryPerFteWeek;
    double income = grantPerWeek + donations + p.parentSupportPerWeek * model.scale();
    // Last week's net flow (income, salaries and material costs), smoothed: what managers
    // plan with.
    meanNetPerWeek += b.financeSmoothing * ((reserve - reserveLastWeek) - meanNetPerWeek);
    reserveLastWeek = reserve;
    reserve += income - salaries;
    model.tally().grantsPaid += grantPerWeek;
    stats.addIncome(grantPerWeek, income);
    fundraising = reserve < b.lowReserveWeeks * salaries;
    if (reserve < 0) {
      deficitWeeks++;
      layOff(model);
      if (deficitWeeks >= b.closureAfterDeficitWeeks) {
        model.closeCso(this, "sustained deficit");
      }
      return;
    }
    deficitWeeks = 0;
    if (meanNetPerWeek < 0
        && reserve + b.layoffRunwayWeeks * meanNetPerWeek < b.lowReserveWeeks * salaries) {
      // Planning a year ahead, the deficit would eat the reserve: staff are cut before it is
      // gone (the Vienna drop-in centre of 2019 laid off staff after losing its funding).
      layOff(model);
    } else if (professionalsFte > 0 && meanNetPerWeek > 0
        && reserve > b.highReserveWeeks * salaries) {
      // A comfortable reserve and a surplus are spent on staff rather than hoarded.
      professionalsFte *= 1 + b.hireSharePerWeek;
    }
  }

  private void layOff(CityModel model) {
    if (professionalsFte <= 0) {
      return;
    }
    Behaviour b = model.behaviour();
    double share = b.layoffSharePerWeek;
    professionalsFte *= 1 - share;
    if (professionalsFte < b.minimumFte) {
      share = 1;
      professionalsFte = 0;
    }
    model.network().staffLeft(node(), share, b.leaverTieLoss, model.random);
  }

  /** Closes the organisation: volunteers disperse, ties vanish, nobody is served here again. */
  public void close(CityModel model) {
    volunteers.disperse(model);
    model.network().removeNode(node());
    alive = false;
    closedWeek = model.week();
    professionalsFte = 0;
    grantPerWeek = 0;
    occupiedPlaces = 0;
  }

}
