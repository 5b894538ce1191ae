package org.gapfill.model.agent;

/**
 * Running totals of one CSO's work over a run, read by result writers and tests: cases,
 * referrals, hours by who gave them, income by source, and the moments of its reserve.
 */
public final class CsoStats {
  public long casesServed;
  public long referralsSucceeded;
  public long turnedAway;
  public double volunteerServiceHours;
  public double professionalServiceHours;
  public double hoursDemanded;
  public double hoursAvailable;
  public double grantIncome;
  public double totalIncome;
  public int weeks;
  private double reserveSum;
  private double reserveSumSquares;
  /** Last week's hours demanded / hours available (0 when it had no hours). */
  public double lastUtilisation;
  /** Last week's cases served and turned away, for volunteer motivation. */
  public int lastServed;
  public int lastTurnedAway;

  void addIncome(double grant, double total) {
    grantIncome += grant;
    totalIncome += total;
  }

  void addReserve(double reserve) {
    reserveSum += reserve;
    reserveSumSquares += reserve * reserve;
    weeks++;
  }

  /** Share of service hours given by volunteers. */
  public double volunteerShare() {
    double total = volunteerServiceHours + professionalServiceHours;
    return total == 0 ? 0 : volunteerServiceHours / total;
  }

  /** Share of income from the municipal grant. */
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
