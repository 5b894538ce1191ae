package org.gapfill.model.metrics;

import org.gapfill.model.agent.CsoType;

/**
 * Flow counters of the current week, reset when the week begins (POLICY phase) and read by the
 * {@link MetricsRecorder} when it ends. The agents only add to them.
 */
public final class WeekTally implements java.io.Serializable {
  public int arrivals;
  public int departures;
  public int deportations;
  public int regularisations;
  public int emergencies;
  public int turnedAway;
  public int referralAttempts;
  public int referralSuccesses;
  /** Onward referrals from one CSO to another. */
  public int onwardReferrals;
  public int tiesLost;
  /** Requests made directly at public offices. */
  public int publicContacts;
  /** Requests refused at public offices. */
  public int publicRefusals;
  /** Public service hours used, by migrants directly and through CSO triage. */
  public double publicHoursUsed;
  public double grantsPaid;
  /** CSO-met need units of status-domain pairs that were eligible at week 0 but are no longer. */
  public long displacedUnits;
  /** Volunteers who left this week (dropout, shocks, closures). */
  public int volunteersLeft;
  /** Hours asked of CSOs by their queues, by type. */
  public final double[] hoursDemanded = new double[CsoType.values().length];
  /** Service hours CSOs had, by type. */
  public final double[] hoursAvailable = new double[CsoType.values().length];
  /** Service hours given by volunteers and by professionals, all CSOs. */
  public double volunteerServiceHours;
  public double professionalServiceHours;
  /** The same by CSO type. */
  public final double[] volunteerServiceHoursByType = new double[CsoType.values().length];
  public final double[] professionalServiceHoursByType = new double[CsoType.values().length];
  /** Hours volunteers had available this week (given, whether or not cases needed them). */
  public double volunteerHoursAvailable;
  /** Advocacy hours weighted by type, feeding political pressure. */
  public double weightedAdvocacyHours;

  /** Books service hours given by a CSO of a type. */
  public void serviceHours(CsoType type, double volunteer, double professional) {
    volunteerServiceHours += volunteer;
    professionalServiceHours += professional;
    volunteerServiceHoursByType[type.ordinal()] += volunteer;
    professionalServiceHoursByType[type.ordinal()] += professional;
  }

  /** Clears every counter for a new week. */
  public void reset() {
    arrivals = 0;
    departures = 0;
    deportations = 0;
    regularisations = 0;
    emergencies = 0;
    turnedAway = 0;
    referralAttempts = 0;
    referralSuccesses = 0;
    onwardReferrals = 0;
    tiesLost = 0;
    publicContacts = 0;
    publicRefusals = 0;
    publicHoursUsed = 0;
    grantsPaid = 0;
    displacedUnits = 0;
    volunteersLeft = 0;
    java.util.Arrays.fill(hoursDemanded, 0);
    java.util.Arrays.fill(hoursAvailable, 0);
    volunteerServiceHours = 0;
    java.util.Arrays.fill(volunteerServiceHoursByType, 0);
    java.util.Arrays.fill(professionalServiceHoursByType, 0);
    volunteerHoursAvailable = 0;
    professionalServiceHours = 0;
    weightedAdvocacyHours = 0;
  }
}
