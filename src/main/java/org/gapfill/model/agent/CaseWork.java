package org.gapfill.model.agent;

import ec.util.MersenneTwisterFast;
import org.gapfill.model.Behaviour;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.IntList;
import org.gapfill.model.metrics.WeekTally;
import org.gapfill.model.network.ReferralNetwork;
import org.gapfill.model.network.Tie;

/**
 * One CSO's casework in a week: plan the hours it has, then take the cases by severity and,
 * for each, triage into the regular system, else serve in the parallel infrastructure, else
 * refer to a partner, else turn away (DESIGN §1.5 step 5; chapter §3.1–3.3).
 */
final class CaseWork implements java.io.Serializable {
  private static final int HEALTH = Domain.HEALTH.ordinal();
  private static final int HOUSING = Domain.HOUSING.ordinal();
  private static final int LEGAL = Domain.LEGAL.ordinal();
  private static final int MAX_SEVERITY = 3;
  /** Counsellors in a four-eyes legal case. */
  private static final int FOUR_EYES = 2;

  private final Cso cso;
  private final double[] volunteerHours = new double[Skill.COUNT];
  private double professionalHours;
  private double productivity = 1;
  private double available;
  private int[] sorted = new int[32];
  private final IntList followUps = new IntList(16);
  private int served;
  private int turnedAway;

  CaseWork(Cso cso) {
    this.cso = cso;
  }

  void serveQueue(CityModel model) {
    planCapacity(model);
    int n = sortBySeverity(model);
    double demanded = 0;
    served = 0;
    turnedAway = 0;
    followUps.clear();
    for (int k = 0; k < n; k++) {
      demanded += handle(model, sorted[k], true);
    }
    for (int k = 0; k < followUps.size(); k++) {
      demanded += handle(model, followUps.get(k), false);
    }
    record(model, demanded);
  }

  /**
   * Professional hours net of advocacy and fundraising, plus the volunteers available this week
   * by skill; interpreters add no hours of their own but make everyone else more productive.
   */
  private void planCapacity(CityModel model) {
    Behaviour b = model.behaviour();
    CsoParams p = cso.p;
    double factor = model.municipality().csoFactor(model.week());
    double grossProfessional = cso.professionalsFte * b.professionalHoursPerFte * factor;
    double fundraisingShare = cso.fundraising ? b.fundraisingShare : 0;
    professionalHours = grossProfessional * Math.max(0, 1 - p.advocacyShare - fundraisingShare);
    double grossVolunteer = cso.volunteers.drawHours(model, volunteerHours, factor);
    double keep = 1 - p.advocacyShare;
    for (int s = 0; s < Skill.COUNT; s++) {
      volunteerHours[s] *= keep;
    }
    double advocacy = (grossProfessional + grossVolunteer) * p.advocacyShare;
    WeekTally tally = model.tally();
    tally.weightedAdvocacyHours += advocacy * p.advocacyWeight;
    tally.volunteerHoursAvailable += grossVolunteer;
    int interpreter = Skill.INTERPRETER.ordinal();
    double volunteerTotal = 0;
    for (int s = 0; s < Skill.COUNT; s++) {
      volunteerTotal += volunteerHours[s];
    }
    double interpreterShare = volunteerTotal == 0 ? 0 : volunteerHours[interpreter] / volunteerTotal;
    productivity = 1 + b.interpreterBoost * interpreterShare;
    volunteerHours[interpreter] = 0;
    available = professionalHours;
    for (int s = 0; s < Skill.COUNT; s++) {
      available += volunteerHours[s];
    }
    tally.hoursAvailable[cso.type.ordinal()] += available;
  }

  /** Orders this week's cases by severity, most critical first (stable within a severity). */
  private int sortBySeverity(CityModel model) {
    IntList queue = cso.queue;
    int n = queue.size();
    if (sorted.length < n) {
      sorted = new int[Math.max(n, sorted.length * 2)];
    }
    Migrants migrants = model.migrants();
    int k = 0;
    for (int severity = MAX_SEVERITY; severity >= 1; severity--) {
      for (int q = 0; q < n; q++) {
        int entry = queue.get(q);
        if (migrants.severity(Cso.migrantOf(entry), Cso.domainOf(entry)) == severity) {
          sorted[k++] = entry;
        }
      }
    }
    return k;
  }

  /** Handles one case; returns the hours it asked for. */
  private double handle(CityModel model, int entry, boolean screen) {
    Migrants migrants = model.migrants();
    int i = Cso.migrantOf(entry);
    int d = Cso.domainOf(entry);
    int severity = migrants.severity(i, d);
    if (severity == 0) {
      return 0;
    }
    double hours = Municipality.caseHours(model.behaviour(), d, severity) / productivity;
    if (cso.p.fourEyes && d == LEGAL) {
      // Two counsellors in every legal case (Deserteursberatung, chapter §4.3).
      hours *= FOUR_EYES;
    }
    boolean own = cso.serves(d);
    // A follow-up stays with the CSO that treats the patient; new cases are triaged first.
    boolean triaged = !Cso.isFollowUp(entry) && triage(model, i, d, severity);
    if (triaged || (own && serveInParallel(model, i, d, hours))) {
      served++;
      if (screen && cso.p.holisticScreening) {
        screen(model, i, d);
      }
    } else if (!referOnward(model, i, d)) {
      turnAway(model, i);
    }
    // Only cases in its own domains ask for its service hours; others are passed on.
    return own ? hours : 0;
  }

  /**
   * Triage into the regular system through a tie to the public service: acceptance is certain
   * for the eligible, the city's discretion raised by the CSO's push for the discretionary,
   * and a hardship exception for the excluded; the tie's strength carries the case
   * ("pick up the phone and discuss the concern directly", chapter §4.2).
   */
  private boolean triage(CityModel model, int i, int d, int severity) {
    Municipality city = model.municipality();
    Eligibility e = city.effectiveEligibility(model.migrants().statusIndex(i), d);
    CsoParams p = cso.p;
    if (e == Eligibility.EXCLUDED && p.discretionBoost <= 0) {
      return false;
    }
    ReferralNetwork network = model.network();
    Tie tie = network.find(cso.node(), ReferralNetwork.publicNode(d));
    Behaviour b = model.behaviour();
    if (tie == null || !takeAnyHours(model.tally(), b.accompanimentHours)) {
      return false;
    }
    WeekTally tally = model.tally();
    tally.referralAttempts++;
    double s = tie.strength();
    double accept;
    if (e == Eligibility.ELIGIBLE) {
      accept = 1;
    } else if (e == Eligibility.DISCRETIONARY) {
      accept = Math.min(1, city.discretion() + p.discretionBoost * s);
    } else {
      accept = Math.min(1, p.discretionBoost * s * b.hardshipAcceptance);
    }
    MersenneTwisterFast random = model.random;
    if (random.nextDouble() >= accept * (b.triageBaseReach + (1 - b.triageBaseReach) * s)) {
      if (e != Eligibility.EXCLUDED) {
        // A refused case the office could have taken strains the relationship; a refused
        // plea for a hardship exception is expected and does not.
        network.weaken(tie, b.tieLossOnFailure);
      }
      return false;
    }
    PublicService service = city.service(d);
    if (!service.tryUse(Municipality.caseHours(b, d, severity), city.publicFactor(model.week()))) {
      return false;
    }
    Migrants migrants = model.migrants();
    int status = migrants.statusIndex(i);
    model.ledger().metReferred(status, d, migrants.units(i, d));
    migrants.setSeverity(i, d, 0);
    migrants.setTrustCity(i, migrants.trustCity(i) + b.publicServedTrustGain);
    migrants.setLastProvider(i, ReferralNetwork.publicNode(d));
    network.strengthen(tie, b.tieGain, model.week());
    tally.referralSuccesses++;
    tally.publicHoursUsed += Municipality.caseHours(b, d, severity);
    cso.stats.referralsSucceeded++;
    cso.stats.servedPerson(migrants.id(i));
    return true;
  }

  /** The parallel infrastructure: skilled hours, money for materials, and a place for housing. */
  private boolean serveInParallel(CityModel model, int i, int d, double hours) {
    CsoParams p = cso.p;
    if (d == HOUSING && p.places > 0 && cso.occupiedPlaces >= p.places * model.scale()) {
      return false;
    }
    if (cso.reserve < p.materialCostPerCase) {
      return false;
    }
    int skill = Skill.fitting(Domain.of(d)).ordinal();
    if (volunteerHours[skill] + professionalHours < hours) {
      return false;
    }
    double fromVolunteers = Math.min(hours, volunteerHours[skill]);
    volunteerHours[skill] -= fromVolunteers;
    professionalHours -= hours - fromVolunteers;
    cso.stats.volunteerServiceHours += fromVolunteers;
    cso.stats.professionalServiceHours += hours - fromVolunteers;
    WeekTally tally = model.tally();
    tally.serviceHours(cso.type, fromVolunteers, hours - fromVolunteers);
    cso.reserve -= p.materialCostPerCase;
    if (d == HOUSING && p.places > 0) {
      cso.occupiedPlaces++;
    }
    book(model, i, d);
    return true;
  }

  private void book(CityModel model, int i, int d) {
    Migrants migrants = model.migrants();
    Behaviour b = model.behaviour();
    CsoParams p = cso.p;
    int status = migrants.statusIndex(i);
    int units = migrants.units(i, d);
    model.ledger().metCso(status, d, units);
    Municipality city = model.municipality();
    if (city.initialEligibility(status, d) == Eligibility.ELIGIBLE
        && city.eligibility(status, d) != Eligibility.ELIGIBLE) {
      model.tally().displacedUnits += units;
    }
    migrants.setSeverity(i, d, 0);
    MersenneTwisterFast random = model.random;
    if (d == HEALTH && p.followUpChance > 0 && random.nextDouble() < p.followUpChance) {
      // A chronic condition brings the patient back: a new need of the lowest severity, with
      // an appointment here next week.
      migrants.setSeverity(i, d, 1);
      model.ledger().arisen(status, d, 1);
      migrants.setAppointment(i, cso.index);
    }
    migrants.learn(i, cso.index, p.initialTrust);
    migrants.adjustTrust(i, cso.index, b.csoServedTrustGain);
    migrants.setFear(i, migrants.fear(i) - p.fearRelief);
    migrants.setLastProvider(i, cso.node());
    cso.stats.casesServed++;
    cso.stats.servedPerson(migrants.id(i));
    if (random.nextDouble() < p.peerVolunteerChance) {
      cso.volunteers.peerJoins();
    }
    if (d == LEGAL && migrants.legalCaseWeeks(i) == 0
        && random.nextDouble() < b.regularisationCaseChance) {
      migrants.setLegalCaseWeeks(i, b.legalCaseWeeks);
    }
  }

  /**
   * Holistic screening (chapter §3.2: "it is not enough to close the wound"): the migrant's
   * other open needs are queued here when this CSO serves them, else referred.
   */
  private void screen(CityModel model, int i, int servedDomain) {
    Migrants migrants = model.migrants();
    for (int d = 0; d < Domain.COUNT; d++) {
      if (d == servedDomain || migrants.severity(i, d) == 0) {
        continue;
      }
      if (cso.serves(d)) {
        followUps.add(Cso.caseOf(i, d));
      } else {
        referOnward(model, i, d);
      }
    }
  }

  /**
   * Onward referral to a partner CSO serving the domain, through the strongest tie; failing a
   * tie, to another CSO the migrant knows, which forms a new tie (a joint case).
   */
  private boolean referOnward(CityModel model, int i, int d) {
    ReferralNetwork network = model.network();
    Behaviour b = model.behaviour();
    Tie best = null;
    Cso partner = null;
    for (Tie t : network.tiesOf(cso.node())) {
      int other = t.other(cso.node());
      if (!t.alive() || ReferralNetwork.isPublic(other)) {
        continue;
      }
      Cso c = model.cso(other - Domain.COUNT);
      if (c.alive && c.serves(d) && (best == null || t.strength() > best.strength())) {
        best = t;
        partner = c;
      }
    }
    Migrants migrants = model.migrants();
    if (partner != null) {
      network.strengthen(best, b.tieGain, model.week());
    } else {
      partner = knownPartner(model, i, d);
      if (partner == null) {
        return false;
      }
      TieHolder holder = cso.p.publicTieHolder;
      network.connect(cso.node(), partner.node(), b.newTieStrength, holder,
          cso.volunteers.randomHolder(model.random), model.week());
    }
    migrants.learn(i, partner.index, partner.p.initialTrust);
    model.tally().onwardReferrals++;
    return true;
  }

  private Cso knownPartner(CityModel model, int i, int d) {
    Migrants migrants = model.migrants();
    for (int slot = 0; slot < Migrants.KNOWN_SLOTS; slot++) {
      int k = migrants.knownCso(i, slot);
      if (k >= 0 && k != cso.index) {
        Cso c = model.cso(k);
        if (c.alive && c.serves(d)) {
          return c;
        }
      }
    }
    return null;
  }

  private void turnAway(CityModel model, int i) {
    turnedAway++;
    model.tally().turnedAway++;
    cso.stats.turnedAway++;
    model.migrants().adjustTrust(i, cso.index, -model.behaviour().csoTurnAwayTrustLoss);
  }

  /** Takes hours for accompaniment: professionals first, then any volunteer with service hours. */
  private boolean takeAnyHours(WeekTally tally, double hours) {
    double total = professionalHours;
    for (int s = 0; s < Skill.COUNT; s++) {
      total += volunteerHours[s];
    }
    if (total < hours) {
      return false;
    }
    double need = hours;
    double fromProfessionals = Math.min(need, professionalHours);
    professionalHours -= fromProfessionals;
    cso.stats.professionalServiceHours += fromProfessionals;
    tally.serviceHours(cso.type, 0, fromProfessionals);
    need -= fromProfessionals;
    for (int s = Skill.COUNT - 1; s >= 0 && need > 0; s--) {
      double take = Math.min(need, volunteerHours[s]);
      volunteerHours[s] -= take;
      cso.stats.volunteerServiceHours += take;
      tally.serviceHours(cso.type, take, 0);
      need -= take;
    }
    return true;
  }

  private void record(CityModel model, double demanded) {
    WeekTally tally = model.tally();
    tally.hoursDemanded[cso.type.ordinal()] += demanded;
    CsoStats stats = cso.stats;
    stats.hoursDemanded += demanded;
    stats.hoursAvailable += available;
    // With no hours at all, any demand counts as the heaviest overload volunteers feel.
    double saturated = 1 + model.behaviour().maxOverload;
    stats.lastUtilisation = available == 0 ? (demanded > 0 ? saturated : 0) : demanded / available;
    stats.lastServed = served;
    stats.lastTurnedAway = turnedAway;
    stats.addWeek(cso.reserve, cso.occupiedPlaces);
    if (cso.occupiedPlaces > 0) {
      cso.occupiedPlaces -= binomial(model.random, cso.occupiedPlaces,
          model.behaviour().placeTurnoverPerWeek);
    }
  }

  private static int binomial(MersenneTwisterFast random, int n, double p) {
    int k = 0;
    for (int t = 0; t < n; t++) {
      if (random.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }
}
