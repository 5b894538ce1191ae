package org.gapfill.model.agent;

import ec.util.MersenneTwisterFast;
import org.gapfill.model.Behaviour;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.IntList;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Ledger;
import org.gapfill.model.metrics.WeekTally;

/**
 * The city government: its public services, the eligibility matrix, street-level discretion,
 * the reporting duty and municipal ID, temporary closures, and (optionally) its political
 * response to pressure.
 */
public final class Municipality implements java.io.Serializable {
  private final PublicService[] services = new PublicService[Domain.COUNT];
  private final Eligibility[][] eligibility = new Eligibility[LegalStatus.SIMULATED][];
  private final Eligibility[][] initialEligibility = new Eligibility[LegalStatus.SIMULATED][];
  private double discretion;
  private boolean reportingDuty;
  private boolean municipalId;
  private final double costPerHour;
  private final double emergencyCost;
  private double lockdownPublicFactor = 1;
  private double lockdownCsoFactor = 1;
  private int lockdownUntilWeek = -1;
  private final Politics politics;

  public Municipality(Params.MunicipalityParams p, double scale) {
    for (Domain d : Domain.values()) {
      services[d.ordinal()] = new PublicService(d, p.capacityHoursPerWeek[d.ordinal()] * scale);
    }
    for (int s = 0; s < LegalStatus.SIMULATED; s++) {
      eligibility[s] = p.eligibility[s].clone();
      initialEligibility[s] = p.eligibility[s].clone();
    }
    discretion = p.discretion;
    reportingDuty = p.reportingDuty;
    municipalId = p.municipalId;
    costPerHour = p.costPerHour;
    emergencyCost = p.emergencyCost;
    politics = new Politics(p.politics);
  }

  // --- policy state ---

  public Eligibility eligibility(int status, int domain) {
    return eligibility[status][domain];
  }

  public Eligibility initialEligibility(int status, int domain) {
    return initialEligibility[status][domain];
  }

  public void setEligibility(LegalStatus status, Domain domain, Eligibility value) {
    eligibility[status.ordinal()][domain.ordinal()] = value;
  }

  /**
   * What an office decides on: with a municipal ID a person without papers is no longer
   * excluded outright but treated case by case (the aim of Bern's city ID, chapter §4.2).
   */
  public Eligibility effectiveEligibility(int status, int domain) {
    Eligibility e = eligibility[status][domain];
    return (municipalId && e == Eligibility.EXCLUDED) ? Eligibility.DISCRETIONARY : e;
  }

  public double discretion() {
    return discretion;
  }

  public void setDiscretion(double value) {
    discretion = value;
  }

  public boolean reportingDuty() {
    return reportingDuty;
  }

  public void setReportingDuty(boolean on) {
    reportingDuty = on;
  }

  public boolean municipalId() {
    return municipalId;
  }

  public void setMunicipalId(boolean on) {
    municipalId = on;
  }

  public double costPerHour() {
    return costPerHour;
  }

  public double emergencyCost() {
    return emergencyCost;
  }

  public PublicService service(int domain) {
    return services[domain];
  }

  public Politics politics() {
    return politics;
  }

  /** Temporary closures (lockdown) until the given week, exclusive. */
  public void lockdown(double publicFactor, double csoFactor, int untilWeek) {
    lockdownPublicFactor = publicFactor;
    lockdownCsoFactor = csoFactor;
    lockdownUntilWeek = untilWeek;
  }

  public double publicFactor(int week) {
    return week < lockdownUntilWeek ? lockdownPublicFactor : 1;
  }

  public double csoFactor(int week) {
    return week < lockdownUntilWeek ? lockdownCsoFactor : 1;
  }

  /** Hours a case of a domain and severity takes (the same at offices and CSOs). */
  public static double caseHours(Behaviour b, int domain, int severity) {
    return b.hoursPerCase[domain] * (1 + b.severityHoursFactor * (severity - 1));
  }

  // --- the week ---

  /** Clears last week's requests and used hours (start of the week). */
  public void startWeek() {
    for (PublicService s : services) {
      s.startWeek();
    }
  }

  /**
   * PUBLIC_SERVICES: each office serves its direct requests in arrival order. Eligible cases are
   * served while there is capacity, discretionary ones are accepted with probability
   * {@code discretion}, excluded ones are refused; a refusal lowers trust in the city.
   */
  public void serveRequests(CityModel model) {
    Migrants migrants = model.migrants();
    Behaviour b = model.behaviour();
    Ledger ledger = model.ledger();
    WeekTally tally = model.tally();
    MersenneTwisterFast random = model.random;
    double factor = publicFactor(model.week());
    for (PublicService service : services) {
      int d = service.domain.ordinal();
      IntList requests = service.requests;
      for (int k = 0, n = requests.size(); k < n; k++) {
        int i = requests.get(k);
        int severity = migrants.severity(i, d);
        if (severity == 0) {
          continue;
        }
        int status = migrants.statusIndex(i);
        Eligibility e = effectiveEligibility(status, d);
        boolean accepted = e == Eligibility.ELIGIBLE
            || (e == Eligibility.DISCRETIONARY && random.nextDouble() < discretion);
        if (!accepted) {
          tally.publicRefusals++;
          migrants.setTrustCity(i, migrants.trustCity(i) - b.refusalTrustLoss);
          continue;
        }
        if (service.tryUse(caseHours(b, d, severity), factor)) {
          ledger.metPublic(status, d, migrants.units(i, d));
          migrants.setSeverity(i, d, 0);
          migrants.setTrustCity(i, migrants.trustCity(i) + b.publicServedTrustGain);
        }
      }
      tally.publicHoursUsed += service.hoursUsed();
    }
  }
}
