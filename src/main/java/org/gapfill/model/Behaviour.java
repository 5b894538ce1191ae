package org.gapfill.model;

/**
 * The behavioural rates of the mechanisms of DESIGN §1.5, each with its default and meaning.
 * Nothing in a {@code step()} uses a bare number: it reads one of these.
 */
public final class Behaviour {
  // --- needs (phase NEEDS) ---
  /** Health need rate × (1 + this) while a housing or subsistence need is open ("the wound will rupture again", chapter §3.2). */
  public double healthInterdependence = 1.0;
  /** Weekly probability that an open need worsens by one severity step. */
  public double escalationPerWeek = 0.04;
  /** Weekly probability that an open critical health need becomes an emergency admission. */
  public double emergencyPerWeek = 0.1;
  /** Weekly probability that an open need resolves or is given up without help. */
  public double selfResolvePerWeek = 0.05;
  /** Hours a case needs grow by this share per severity step above 1. */
  public double severityHoursFactor = 0.5;
  /** Hours one case of severity 1 takes, by domain. */
  public double[] hoursPerCase = {1.5, 3, 2, 0.5, 1.5, 1.5};

  // --- help-seeking (phase HELP_SEEKING) ---
  /** Weekly probability of seeking help per need unit (severity weight 1, 2, 4). */
  public double seekPerNeedUnit = 0.25;
  /** Extra weekly probability of seeking help per week already waited. */
  public double seekPerWeekWaiting = 0.03;
  /** Fear's brake on seeking help at all: probability × (1 − this × fear). */
  public double fearDeterrence = 0.6;
  /** Fear's brake on choosing a public office: weight × (1 − this × fear). */
  public double publicFearWeight = 0.7;
  /** Weight of a public office under a reporting duty for people without residence right. */
  public double reportingDeterrence = 0.3;
  /** Share of the fear felt at public offices that a municipal ID takes away. */
  public double municipalIdFearRelief = 0.5;
  /** Probability that a migrant who knows no provider learns one from a contact. */
  public double wordOfMouthChance = 0.5;
  /** Probability per unit of visibility that a migrant discovers a CSO on its own. */
  public double discoveryChance = 0.15;
  /** Trust in the city lost after a refusal ("sent back and forth three times", chapter §3.3). */
  public double refusalTrustLoss = 0.1;
  /** Trust in the city gained when a public office helps. */
  public double publicServedTrustGain = 0.03;
  /** Fear added by a direct contact with an office under a reporting duty. */
  public double reportingFearRise = 0.1;
  /** Probability that such a contact leads to detection and deportation. */
  public double detectionRisk = 0.002;
  /** Trust in a CSO gained when it helps. */
  public double csoServedTrustGain = 0.1;
  /** Trust in a CSO lost when it turns the migrant away. */
  public double csoTurnAwayTrustLoss = 0.05;

  // --- CSOs (phase CSOS) ---
  /** Service hours per professional full-time equivalent per week. */
  public double professionalHoursPerFte = 38;
  /** Cost of one professional FTE per week, money. */
  public double salaryPerFteWeek = 1150;
  /** A reserve below this many weeks of costs moves hours to fundraising. */
  public double lowReserveWeeks = 8;
  /** Share of professional hours spent fundraising while the reserve is low. */
  public double fundraisingShare = 0.15;
  /** Donations raised per fundraising hour, money. */
  public double donationsPerFundraisingHour = 25;
  /** Weight of the latest week in a CSO's smoothed net flow. */
  public double financeSmoothing = 0.1;
  /**
   * Weeks a CSO in deficit plans ahead: it lays off when its reserve after this many weeks of
   * the current deficit would fall below {@link #lowReserveWeeks} of salaries.
   */
  public double layoffRunwayWeeks = 52;
  /** A reserve above this many weeks of salaries lets a CSO hire. */
  public double highReserveWeeks = 13;
  /** Share of FTE hired in a week that ends with a high reserve. */
  public double hireSharePerWeek = 0.02;
  /** Share of FTE laid off in a week that ends with a negative reserve. */
  public double layoffSharePerWeek = 0.1;
  /** Staff below this many FTE are let go altogether (no post is that small). */
  public double minimumFte = 0.1;
  /** Consecutive weeks with a negative reserve after which a CSO closes. */
  public int closureAfterDeficitWeeks = 26;
  /** Acceptance of a triaged case through a tie of zero strength, relative to a full tie. */
  public double triageBaseReach = 0.3;
  /**
   * Acceptance of a hardship case pushed through a full-strength tie for a person who is
   * excluded, per unit of the CSO's discretion boost (Caritas "can use their position and
   * knowledge to push cases of hardship", chapter §4.2).
   */
  public double hardshipAcceptance = 0.5;
  /** CSO hours spent accompanying a triaged case ("we accompany people all the way to the door", chapter §3.4). */
  public double accompanimentHours = 1.0;
  /** Productivity gained per unit share of interpreters among a CSO's volunteer hours. */
  public double interpreterBoost = 0.5;
  /** Weekly probability that an occupied place (bed) becomes free. */
  public double placeTurnoverPerWeek = 0.02;
  /** Volunteer motivation gained per unit share of cases served. */
  public double motivationGain = 0.02;
  /** Volunteer motivation lost per unit share of cases turned away. */
  public double motivationLoss = 0.04;
  /** Share of the gap to the initial motivation that closes each week (moods fade). */
  public double motivationReversion = 0.05;

  // --- volunteers (phase VOLUNTEERS) ---
  /** Dropout hazard × (1 + this × overload), overload = max(0, utilisation − 1). */
  public double burnoutFactor = 1.0;
  /** Overload counted at most this much (utilisation 1 + this), so hazards stay finite. */
  public double maxOverload = 1.0;
  /** Dropout hazard × (1 − this × (motivation − 0.5)). */
  public double motivationEffect = 0.8;
  /** A volunteer's weekly hours are uniform within ± this share of the mean. */
  public double volunteerHoursSpread = 0.5;
  /** Motivation of a new volunteer, in [0,1]. */
  public double initialMotivation = 0.6;

  // --- ties (phase TIES) ---
  /** Strength a tie loses each week it is not used. */
  public double tieDecayPerWeek = 0.004;
  /** Decay of formal (org) ties relative to personal ones. */
  public double orgTieDecayFactor = 0.25;
  /** Ties weaker than this are dropped and not part of the network. */
  public double tieFloor = 0.05;
  /** Strength gained by a tie used in a successful triage or referral. */
  public double tieGain = 0.02;
  /** Strength lost by a tie used in a failed triage. */
  public double tieLossOnFailure = 0.005;
  /** Share of a personal tie's strength lost when its holder leaves. */
  public double leaverTieLoss = 0.6;
  /** Strength of a tie newly formed by a joint case or networking. */
  public double newTieStrength = 0.2;

  // --- population (phase POPULATION) ---
  /** Weekly probability of deportation for people without residence right, apart from detection. */
  public double deportationRatePerWeek = 0.0005;
  /** Weekly probability that an asylum procedure is decided. */
  public double asylumDecisionPerWeek = 0.01;
  /** Share of asylum decisions that are positive (the person leaves the target group). */
  public double asylumRecognitionShare = 0.4;
  /** Probability that a legal case served by a CSO opens a regularisation procedure. */
  public double regularisationCaseChance = 0.05;
  /** Weeks a regularisation procedure takes. */
  public int legalCaseWeeks = 26;
  /** Probability that a regularisation procedure succeeds. */
  public double regularisationSuccess = 0.3;

  // --- initial state and population structure ---
  /** Probability that a word-of-mouth link points to a random migrant rather than a neighbour. */
  public double contactRewiring = 0.1;
  /** Fear and trust of a newcomer are uniform within ± this around the scenario's means. */
  public double traitSpread = 0.2;
  /** At week 0 each need is open with probability min(1, rate × this), as if it had waited. */
  public double initialOpenWeeks = 6;
  /** Probability that a migrant knows one CSO at week 0 (drawn by visibility). */
  public double initialKnowsCsoChance = 0.5;
  /** Probability of an initial tie between two CSOs that share a domain. */
  public double initialCsoTieChance = 0.3;
  /** Strength of those initial CSO–CSO ties. */
  public double initialCsoTieStrength = 0.4;

  void copyInto(Behaviour b) {
    b.contactRewiring = contactRewiring;
    b.traitSpread = traitSpread;
    b.initialOpenWeeks = initialOpenWeeks;
    b.initialKnowsCsoChance = initialKnowsCsoChance;
    b.initialCsoTieChance = initialCsoTieChance;
    b.initialCsoTieStrength = initialCsoTieStrength;
    b.healthInterdependence = healthInterdependence;
    b.escalationPerWeek = escalationPerWeek;
    b.emergencyPerWeek = emergencyPerWeek;
    b.selfResolvePerWeek = selfResolvePerWeek;
    b.severityHoursFactor = severityHoursFactor;
    b.hoursPerCase = hoursPerCase.clone();
    b.seekPerNeedUnit = seekPerNeedUnit;
    b.seekPerWeekWaiting = seekPerWeekWaiting;
    b.fearDeterrence = fearDeterrence;
    b.publicFearWeight = publicFearWeight;
    b.reportingDeterrence = reportingDeterrence;
    b.municipalIdFearRelief = municipalIdFearRelief;
    b.wordOfMouthChance = wordOfMouthChance;
    b.discoveryChance = discoveryChance;
    b.refusalTrustLoss = refusalTrustLoss;
    b.publicServedTrustGain = publicServedTrustGain;
    b.reportingFearRise = reportingFearRise;
    b.detectionRisk = detectionRisk;
    b.csoServedTrustGain = csoServedTrustGain;
    b.csoTurnAwayTrustLoss = csoTurnAwayTrustLoss;
    b.professionalHoursPerFte = professionalHoursPerFte;
    b.salaryPerFteWeek = salaryPerFteWeek;
    b.lowReserveWeeks = lowReserveWeeks;
    b.fundraisingShare = fundraisingShare;
    b.donationsPerFundraisingHour = donationsPerFundraisingHour;
    b.financeSmoothing = financeSmoothing;
    b.layoffRunwayWeeks = layoffRunwayWeeks;
    b.highReserveWeeks = highReserveWeeks;
    b.hireSharePerWeek = hireSharePerWeek;
    b.layoffSharePerWeek = layoffSharePerWeek;
    b.minimumFte = minimumFte;
    b.closureAfterDeficitWeeks = closureAfterDeficitWeeks;
    b.triageBaseReach = triageBaseReach;
    b.hardshipAcceptance = hardshipAcceptance;
    b.accompanimentHours = accompanimentHours;
    b.interpreterBoost = interpreterBoost;
    b.placeTurnoverPerWeek = placeTurnoverPerWeek;
    b.motivationGain = motivationGain;
    b.motivationLoss = motivationLoss;
    b.motivationReversion = motivationReversion;
    b.burnoutFactor = burnoutFactor;
    b.maxOverload = maxOverload;
    b.motivationEffect = motivationEffect;
    b.initialMotivation = initialMotivation;
    b.volunteerHoursSpread = volunteerHoursSpread;
    b.tieDecayPerWeek = tieDecayPerWeek;
    b.orgTieDecayFactor = orgTieDecayFactor;
    b.tieFloor = tieFloor;
    b.tieGain = tieGain;
    b.tieLossOnFailure = tieLossOnFailure;
    b.leaverTieLoss = leaverTieLoss;
    b.newTieStrength = newTieStrength;
    b.deportationRatePerWeek = deportationRatePerWeek;
    b.asylumDecisionPerWeek = asylumDecisionPerWeek;
    b.asylumRecognitionShare = asylumRecognitionShare;
    b.regularisationCaseChance = regularisationCaseChance;
    b.legalCaseWeeks = legalCaseWeeks;
    b.regularisationSuccess = regularisationSuccess;
  }
}
