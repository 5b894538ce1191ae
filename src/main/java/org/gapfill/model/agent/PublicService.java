package org.gapfill.model.agent;

import org.gapfill.model.Domain;
import org.gapfill.model.IntList;

/**
 * The municipality's service in one domain (hospitals and insurance, housing and shelters,
 * migration and legal offices, the social-welfare office, schools, public mental health): a
 * weekly capacity in hours, the requests made to it this week, and the hours used.
 */
public final class PublicService implements java.io.Serializable {
  public final Domain domain;
  private final double baseCapacityHoursPerWeek;
  private double capacityFactor = 1.0;
  private double hoursUsed;
  final IntList requests = new IntList(64);

  PublicService(Domain domain, double capacityHoursPerWeek) {
    this.domain = domain;
    this.baseCapacityHoursPerWeek = capacityHoursPerWeek;
  }

  /** Capacity this week before temporary closures. */
  public double capacityHoursPerWeek() {
    return baseCapacityHoursPerWeek * capacityFactor;
  }

  public double capacityFactor() {
    return capacityFactor;
  }

  /** A lasting change of capacity ({@code publicCapacity} event). */
  public void scaleCapacity(double factor) {
    capacityFactor *= factor;
  }

  public double hoursUsed() {
    return hoursUsed;
  }

  /** Uses hours if this week's capacity (times a temporary factor) has room; says whether it did. */
  public boolean tryUse(double hours, double temporaryFactor) {
    if (hoursUsed + hours > capacityHoursPerWeek() * temporaryFactor) {
      return false;
    }
    hoursUsed += hours;
    return true;
  }

  /** Requests made directly this week (migrant indices). */
  public IntList requests() {
    return requests;
  }

  void startWeek() {
    hoursUsed = 0;
    requests.clear();
  }
}
