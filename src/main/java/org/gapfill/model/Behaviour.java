package org.gapfill.model;

/**
 * The behavioural rates of the mechanisms of DESIGN §1.5, each with its default and meaning.
 * Nothing in a {@code step()} uses a bare number: it reads one of these.
 */
public final class Behaviour implements java.io.Serializable {
  // --- needs (phase NEEDS) ---
  @Param(
      doc = "Health need rate × (1 + this) while a housing or subsistence need is open (\"the wound will rupture again\", chapter §3.2).",
      unit = "multiplier",
      min = 0,
      max = 10)
  public double healthInterdependence = 1.0;
  @Param(
      doc = "Weekly probability that an open need worsens by one severity step.",
      unit = "probability",
      min = 0,
      max = 1)
  public double escalationPerWeek = 0.04;
  @Param(
      doc = "Weekly probability that an open critical health need becomes an emergency admission.",
      unit = "probability",
      min = 0,
      max = 1)
  public double emergencyPerWeek = 0.1;
  @Param(
      doc = "Weekly probability that an open need resolves or is given up without help.",
      unit = "probability",
      min = 0,
      max = 1)
  public double selfResolvePerWeek = 0.05;
  @Param(
      doc = "Hours a case needs grow by this share per severity step above 1.",
      unit = "share",
      min = 0,
      max = 5)
  public double severityHoursFactor = 0.5;
  @Param(doc = "Hours one case of severity 1 takes, by domain.", unit = "hours", min = 0, max = 100)
  public double[] hoursPerCase = {1.5, 3, 2, 0.5, 1.5, 1.5};

  // --- help-seeking (phase HELP_SEEKING) ---
  @Param(
      doc = "Weekly probability of seeking help per need unit (severity weight 1, 2, 4).",
      unit = "probability",
      min = 0,
      max = 1)
  public double seekPerNeedUnit = 0.25;
  @Param(
      doc = "Extra weekly probability of seeking help per week already waited.",
      unit = "probability",
      min = 0,
      max = 1)
  public double seekPerWeekWaiting = 0.03;
  @Param(
      doc = "Fear's brake on seeking help at all: probability × (1 − this × fear).",
      unit = "share",
      min = 0,
      max = 1)
  public double fearDeterrence = 0.6;
  @Param(
      doc = "Fear's brake on choosing a public office: weight × (1 − this × fear).",
      unit = "share",
      min = 0,
      max = 1)
  public double publicFearWeight = 0.7;
  @Param(
      doc = "Weight of a public office under a reporting duty for people without residence right.",
      unit = "multiplier",
      min = 0,
      max = 1)
  public double reportingDeterrence = 0.3;
  @Param(
      doc = "Share of the fear felt at public offices that a municipal ID takes away.",
      unit = "share",
      min = 0,
      max = 1)
  public double municipalIdFearRelief = 0.5;
  @Param(
      doc = "Probability that a migrant who knows no provider learns one from a contact.",
      unit = "probability",
      min = 0,
      max = 1)
  public double wordOfMouthChance = 0.5;
  @Param(
      doc = "Probability per unit of visibility that a migrant discovers a CSO on its own.",
      unit = "probability",
      min = 0,
      max = 1)
  public double discoveryChance = 0.15;
  @Param(
      doc = "Trust in the city lost after a refusal (\"sent back and forth three times\", chapter §3.3).",
      unit = "trust",
      min = 0,
      max = 1)
  public double refusalTrustLoss = 0.1;
  @Param(
      doc = "Trust in the city gained when a public office helps.",
      unit = "trust",
      min = 0,
      max = 1)
  public double publicServedTrustGain = 0.03;
  @Param(
      doc = "Fear added by a direct contact with an office under a reporting duty.",
      unit = "fear",
      min = 0,
      max = 1)
  public double reportingFearRise = 0.1;
  @Param(
      doc = "Probability that such a contact leads to detection and deportation.",
      unit = "probability",
      min = 0,
      max = 1)
  public double detectionRisk = 0.002;
  @Param(doc = "Trust in a CSO gained when it helps.", unit = "trust", min = 0, max = 1)
  public double csoServedTrustGain = 0.1;
  @Param(
      doc = "Trust in a CSO lost when it turns the migrant away.",
      unit = "trust",
      min = 0,
      max = 1)
  public double csoTurnAwayTrustLoss = 0.05;

  // --- CSOs (phase CSOS) ---
  @Param(
      doc = "Service hours per professional full-time equivalent per week.",
      unit = "hours per week",
      min = 0,
      max = 80)
  public double professionalHoursPerFte = 38;
  @Param(
      doc = "Cost of one professional FTE per week, money.",
      unit = "money per week",
      min = 0,
      max = 1000000)
  public double salaryPerFteWeek = 1150;
  @Param(
      doc = "A reserve below this many weeks of costs moves hours to fundraising.",
      unit = "weeks",
      min = 0,
      max = 520)
  public double lowReserveWeeks = 8;
  @Param(
      doc = "Share of professional hours spent fundraising while the reserve is low.",
      unit = "share",
      min = 0,
      max = 1)
  public double fundraisingShare = 0.15;
  @Param(
      doc = "Donations raised per fundraising hour, money.",
      unit = "money per hour",
      min = 0,
      max = 1000000)
  public double donationsPerFundraisingHour = 25;
  @Param(
      doc = "Weight of the latest week in a CSO's smoothed net flow.",
      unit = "share",
      min = 0,
      max = 1)
  public double financeSmoothing = 0.1;
  @Param(
      doc = "Weeks a CSO in deficit plans ahead: it lays off when its reserve after this many weeks of the current deficit would fall below lowReserveWeeks of salaries.",
      unit = "weeks",
      min = 0,
      max = 520)
  public double layoffRunwayWeeks = 52;
  @Param(
      doc = "A reserve above this many weeks of salaries lets a CSO hire.",
      unit = "weeks",
      min = 0,
      max = 5200)
  public double highReserveWeeks = 13;
  @Param(
      doc = "Share of FTE hired in a week that ends with a high reserve.",
      unit = "share",
      min = 0,
      max = 1)
  public double hireSharePerWeek = 0.02;
  @Param(
      doc = "Share of FTE laid off in a week that ends with a negative reserve.",
      unit = "share",
      min = 0,
      max = 1)
  public double layoffSharePerWeek = 0.1;
  @Param(
      doc = "Staff below this many FTE are let go altogether (no post is that small).",
      unit = "FTE",
      min = 0,
      max = 10)
  public double minimumFte = 0.1;
  @Param(
      doc = "Consecutive weeks with a negative reserve after which a CSO closes.",
      unit = "weeks",
      min = 1,
      max = 5200)
  public int closureAfterDeficitWeeks = 26;
  @Param(
      doc = "Acceptance of a triaged case through a tie of zero strength, relative to a full tie.",
      unit = "share",
      min = 0,
      max = 1)
  public double triageBaseReach = 0.3;
  @Param(
      doc = "Acceptance of a hardship case pushed through a full-strength tie for a person who is excluded, per unit of the CSO's discretion boost (Caritas \"can use their position and knowledge to push cases of hardship\", chapter §4.2).",
      unit = "share",
      min = 0,
      max = 1)
  public double hardshipAcceptance = 0.5;
  @Param(
      doc = "CSO hours spent accompanying a triaged case (\"we accompany people all the way to the door\", chapter §3.4).",
      unit = "hours",
      min = 0,
      max = 100)
  public double accompanimentHours = 1.0;
  @Param(
      doc = "Productivity gained per unit share of interpreters among a CSO's volunteer hours.",
      unit = "multiplier",
      min = 0,
      max = 10)
  public double interpreterBoost = 0.5;
  @Param(
      doc = "Weekly probability that an occupied place (bed) becomes free.",
      unit = "probability",
      min = 0,
      max = 1)
  public double placeTurnoverPerWeek = 0.02;
  @Param(
      doc = "Volunteer motivation gained per unit share of cases served.",
      unit = "motivation",
      min = 0,
      max = 1)
  public double motivationGain = 0.02;
  @Param(
      doc = "Volunteer motivation lost per unit share of cases turned away.",
      unit = "motivation",
      min = 0,
      max = 1)
  public double motivationLoss = 0.04;
  @Param(
      doc = "Share of the gap to the initial motivation that closes each week (moods fade).",
      unit = "share",
      min = 0,
      max = 1)
  public double motivationReversion = 0.05;

  // --- volunteers (phase VOLUNTEERS) ---
  @Param(
      doc = "Dropout hazard × (1 + this × overload), overload = max(0, utilisation − 1).",
      unit = "multiplier",
      min = 0,
      max = 100)
  public double burnoutFactor = 1.0;
  @Param(
      doc = "Overload counted at most this much (utilisation 1 + this), so hazards stay finite.",
      unit = "utilisation",
      min = 0,
      max = 100)
  public double maxOverload = 1.0;
  @Param(
      doc = "Dropout hazard × (1 − this × (motivation − 0.5)).",
      unit = "share",
      min = 0,
      max = 2)
  public double motivationEffect = 0.8;
  @Param(
      doc = "A volunteer's weekly hours are uniform within ± this share of the mean.",
      unit = "share",
      min = 0,
      max = 1)
  public double volunteerHoursSpread = 0.5;
  @Param(doc = "Motivation of a new volunteer, in [0,1].", unit = "motivation", min = 0, max = 1)
  public double initialMotivation = 0.6;

  // --- ties (phase TIES) ---
  @Param(
      doc = "Strength a tie loses each week it is not used.",
      unit = "strength",
      min = 0,
      max = 1)
  public double tieDecayPerWeek = 0.004;
  @Param(
      doc = "Decay of formal (org) ties relative to personal ones.",
      unit = "multiplier",
      min = 0,
      max = 10)
  public double orgTieDecayFactor = 0.25;
  @Param(
      doc = "Ties weaker than this are dropped and not part of the network.",
      unit = "strength",
      min = 0,
      max = 1)
  public double tieFloor = 0.05;
  @Param(
      doc = "Strength gained by a tie used in a successful triage or referral.",
      unit = "strength",
      min = 0,
      max = 1)
  public double tieGain = 0.02;
  @Param(
      doc = "Strength lost by a tie used in a failed triage.",
      unit = "strength",
      min = 0,
      max = 1)
  public double tieLossOnFailure = 0.005;
  @Param(
      doc = "Share of a personal tie's strength lost when its holder leaves.",
      unit = "share",
      min = 0,
      max = 1)
  public double leaverTieLoss = 0.6;
  @Param(
      doc = "Strength of a tie newly formed by a joint case or networking.",
      unit = "strength",
      min = 0,
      max = 1)
  public double newTieStrength = 0.2;

  // --- population (phase POPULATION) ---
  @Param(
      doc = "Weekly probability of deportation for people without residence right, apart from detection.",
      unit = "probability",
      min = 0,
      max = 1)
  public double deportationRatePerWeek = 0.0005;
  @Param(
      doc = "Weekly probability that an asylum procedure is decided.",
      unit = "probability",
      min = 0,
      max = 1)
  public double asylumDecisionPerWeek = 0.01;
  @Param(
      doc = "Share of asylum decisions that are positive (the person leaves the target group).",
      unit = "share",
      min = 0,
      max = 1)
  public double asylumRecognitionShare = 0.4;
  @Param(
      doc = "Probability that a legal case served by a CSO opens a regularisation procedure.",
      unit = "probability",
      min = 0,
      max = 1)
  public double regularisationCaseChance = 0.05;
  @Param(doc = "Weeks a regularisation procedure takes.", unit = "weeks", min = 1, max = 5200)
  public int legalCaseWeeks = 26;
  @Param(
      doc = "Probability that a regularisation procedure succeeds.",
      unit = "probability",
      min = 0,
      max = 1)
  public double regularisationSuccess = 0.3;

  // --- initial state and population structure ---
  @Param(
      doc = "Probability that a word-of-mouth link points to a random migrant rather than a neighbour.",
      unit = "probability",
      min = 0,
      max = 1)
  public double contactRewiring = 0.1;
  @Param(
      doc = "Fear and trust of a newcomer are uniform within ± this around the scenario's means.",
      unit = "share",
      min = 0,
      max = 1)
  public double traitSpread = 0.2;
  @Param(
      doc = "At week 0 each need is open with probability min(1, rate × this), as if it had waited.",
      unit = "weeks",
      min = 0,
      max = 520)
  public double initialOpenWeeks = 6;
  @Param(
      doc = "Probability that a migrant knows one CSO at week 0 (drawn by visibility).",
      unit = "probability",
      min = 0,
      max = 1)
  public double initialKnowsCsoChance = 0.5;
  @Param(
      doc = "Probability of an initial tie between two CSOs that share a domain.",
      unit = "probability",
      min = 0,
      max = 1)
  public double initialCsoTieChance = 0.3;
  @Param(doc = "Strength of those initial CSO–CSO ties.", unit = "strength", min = 0, max = 1)
  public double initialCsoTieStrength = 0.4;
}
