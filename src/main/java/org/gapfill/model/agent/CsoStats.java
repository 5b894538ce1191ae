package org.gapfill.model.agent;

import java.util.BitSet;

/**
 * Running totals of one CSO's work, read by result writers and tests: cases, referrals, hours
 * by who gave them, income by source, the moments of its reserve, and the people it served.
 * The totals are marked when the last simulated year begins, so result files can report the
 * last year's figures (DESIGN §4: "means over the last 52 weeks") as well as the run's.
 */
public final class CsoStats implements java.io.Serializable {
  public long casesServed;
  public long referralsSucceeded;
  public long turnedAway;
  public double volunteerServiceHours;
  public double professionalServiceHours;
  public double hoursDemanded;
  public double hoursAvailable;
  public double grantIncome;
  public double totalIncome;
  /** Occupied places summed over weeks (place-weeks). */
  public double placeWeeks;
  /** Weeks this CSO worked. */
  public int weeks;
  private double reserveSum;
  private double reserveSumSquares;
  /** Last week's hours demanded / hours available (0 when it had no hours). */
  public double lastUtilisation;
  /** Last week's cases served and turned away, for volunteer motivation. */
  public int lastServed;
  public int lastTurnedAway;

  private double[] mark = new double[11];
  private final BitSet peopleSinceMark = new BitSet();

  void addIncome(double grant, double total) {
    grantIncome += grant;
    totalIncome += total;
  }

  void addWeek(double reserve, int occupiedPlaces) {
    reserveSum += reserve;
    reserveSumSquares += reserve * reserve;
    placeWeeks += occupiedPlaces;
    weeks++;
  }

  /** A person (by stable id) was helped here: served in parallel or triaged. */
  void servedPerson(int migrantId) {
    peopleSinceMark.set(migrantId);
  }

  private double[] values() {
    return new double[] {casesServed, referralsSucceeded, turnedAway, volunteerServiceHours,
        professionalServiceHours, hoursDemanded, hoursAvailable, grantIncome, totalIncome,
        placeWeeks, weeks};
  }

  /** Starts the window the "since mark" figures cover (the last simulated year). */
  public void markYearStart() {
    mark = values();
    peopleSinceMark.clear();
  }

  /** The change of each total since the mark, in the order of {@link #values()}. */
  private double sinceMark(int k) {
    return values()[k] - mark[k];
  }

  /** Weeks worked since the mark. */
  public double weeksSinceMark() {
    return sinceMark(10);
  }

  private double perYear(int k) {
    double w = weeksSinceMark();
    return w == 0 ? 0 : sinceMark(k) * 52 / w;
  }

  /** Cases served in the parallel infrastructure since the mark, per year. */
  public double casesPerYear() {
    return perYear(0);
  }

  /** Successful triages into the regular system since the mark, per year. */
  public double referralsPerYear() {
    return perYear(1);
  }

  /** Distinct people served or triaged since the mark (scaled to a year if the window is shorter). */
  public double peoplePerYear() {
    double w = weeksSinceMark();
    return w == 0 ? 0 : peopleSinceMark.cardinality() * Math.min(1, 52 / w);
  }

  /** Share of service hours given by volunteers since the mark. */
  public double volunteerShareSinceMark() {
    double v = sinceMark(3);
    double total = v + sinceMark(4);
    return total == 0 ? 0 : v / total;
  }

  /** Share of income from the municipal grant since the mark. */
  public double grantShareSinceMark() {
    double total = sinceMark(8);
    return total == 0 ? 0 : sinceMark(7) / total;
  }

  /** Hours demanded / hours available since the mark. */
  public double utilisationSinceMark() {
    double available = sinceMark(6);
    return available == 0 ? 0 : sinceMark(5) / available;
  }

  /** Mean places occupied since the mark. */
  public double placesUsedSinceMark() {
    double w = weeksSinceMark();
    return w == 0 ? 0 : sinceMark(9) / w;
  }

  /** Share of service hours given by volunteers over the run. */
  public double volunteerShare() {
    double total = volunteerServiceHours + professionalServiceHours;
    return total == 0 ? 0 : volunteerServiceHours / total;
  }

  /** Share of income from the municipal grant over the run. */
  public double grantShare() {
    return totalIncome == 0 ? 0 : grantIncome / totalIncome;
  }

  /** Coefficient of variation of the weekly reserve over the run. */
  public double reserveCv() {
    if (weeks < 2) {
      return 0;
    }
    double mean = reserveSum / weeks;
    double var = Math.max(0, reserveSumSquares / weeks - mean * mean);
    return mean == 0 ? 0 : Math.sqrt(var) / Math.abs(mean);
  }

  /** Hours demanded / hours available over the run. */
  public double utilisation() {
    return hoursAvailable == 0 ? 0 : hoursDemanded / hoursAvailable;
  }
}
