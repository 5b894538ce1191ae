package org.gapfill.model.agent;

/**
 * The per-type defaults of a CSO, read from Table 14.1 of the chapter (Ataç and Schilliger,
 * §4). The table is qualitative; the numbers translate its words ("mainly volunteers",
 * "stable financial base", "only by donations") into orders of magnitude, and a scenario
 * overrides them for a named organisation.
 */
public final class CsoDefaults {
  /** Full-time professional staff. */
  public final double professionalsFte;
  /** Volunteers at the start. */
  public final int volunteers;
  /** Shares of volunteers by skill, indexed by {@link Skill#ordinal()}; they sum to 1. */
  public final double[] volunteerSkills;
  /** Municipal grant, money per week (zero for autonomous CSOs: "no funding from state/city"). */
  public final double grantPerWeek;
  /** Expected private donations, money per week. */
  public final double donationsPerWeek;
  /** Support from a parent welfare association such as Red Cross or Caritas, per week. */
  public final double parentSupportPerWeek;
  /** Reserve at the start, money. */
  public final double reserve;
  /** Coefficient of variation of weekly donations ("precarious" for civic CSOs). */
  public final double donationVolatility;
  /** Material cost of one parallel-service case (medicine, food, lab tests), money. */
  public final double materialCostPerCase;
  /** Share of professional hours spent on political work. */
  public final double advocacyShare;
  /** Whether two counsellors sit in every legal case (Deserteursberatung, chapter §4.3). */
  public final boolean fourEyes;
  /** How easily migrants discover the organisation, in [0,1]. */
  public final double visibility;
  /** The trust a migrant starts with when it learns of the organisation, in [0,1]. */
  public final double initialTrust;
  /** Whether migrants bring any concern, not only those of its domains (a drop-in space). */
  public final boolean generalist;
  /** Whether a served migrant's other needs are screened and queued or referred (chapter §3.2). */
  public final boolean holisticScreening;
  /** Who holds the organisation's ties to public services at the start. */
  public final TieHolder publicTieHolder;
  /** Strength of initial ties to public services. */
  public final double publicTieStrength;
  /** Probability of an initial tie to the public service of each domain the CSO serves. */
  public final double publicTieChance;
  /** How much a full-strength tie of this CSO raises a discretionary acceptance (pushing hardship cases). */
  public final double discretionBoost;
  /** Chance that a migrant it serves becomes a peer volunteer. */
  public final double peerVolunteerChance;
  /** How much a case served here lowers the migrant's fear. */
  public final double fearRelief;
  /** Weight of its advocacy hours in political pressure (insider work weighs most, protest least). */
  public final double advocacyWeight;
  /** Weekly chance of forming or renewing a tie through institutional networking. */
  public final double networkingPerWeek;
  /** Whether the city commissions it (institutional CSOs, "some commissioned by the city"). */
  public final boolean commissioned;

  private CsoDefaults(Builder b) {
    professionalsFte = b.professionalsFte;
    volunteers = b.volunteers;
    volunteerSkills = b.volunteerSkills;
    grantPerWeek = b.grantPerWeek;
    donationsPerWeek = b.donationsPerWeek;
    parentSupportPerWeek = b.parentSupportPerWeek;
    reserve = b.reserve;
    donationVolatility = b.donationVolatility;
    materialCostPerCase = b.materialCostPerCase;
    advocacyShare = b.advocacyShare;
    fourEyes = b.fourEyes;
    visibility = b.visibility;
    initialTrust = b.initialTrust;
    generalist = b.generalist;
    holisticScreening = b.holisticScreening;
    publicTieHolder = b.publicTieHolder;
    publicTieStrength = b.publicTieStrength;
    publicTieChance = b.publicTieChance;
    discretionBoost = b.discretionBoost;
    peerVolunteerChance = b.peerVolunteerChance;
    fearRelief = b.fearRelief;
    advocacyWeight = b.advocacyWeight;
    networkingPerWeek = b.networkingPerWeek;
    commissioned = b.commissioned;
  }

  /** A copy of the skill shares, so callers cannot change the type's defaults. */
  public double[] volunteerSkills() {
    return volunteerSkills.clone();
  }

  static CsoDefaults of(String type) {
    Builder b = new Builder();
    switch (type) {
      case "civic":
        // Professionals and volunteers; donations plus municipal support, precarious.
        b.professionalsFte = 3;
        b.volunteers = 40;
        b.volunteerSkills = new double[] {0.6, 0.0, 0.1, 0.3};
        b.grantPerWeek = 2200;
        b.donationsPerWeek = 2000;
        b.parentSupportPerWeek = 300;
        b.reserve = 15_000;
        b.donationVolatility = 0.35;
        b.materialCostPerCase = 5;
        b.advocacyShare = 0.05;
        b.visibility = 0.6;
        b.initialTrust = 0.65;
        b.holisticScreening = true;
        b.publicTieHolder = TieHolder.VOLUNTEER;
        b.publicTieStrength = 0.5;
        b.publicTieChance = 0.8;
        b.discretionBoost = 0.1;
        b.advocacyWeight = 0.6;
        b.networkingPerWeek = 0.02;
        return new CsoDefaults(b);
      case "institutional":
        // Mainly professionals, volunteers supplementary; public money, stable; formal ties.
        b.professionalsFte = 6;
        b.volunteers = 8;
        b.volunteerSkills = new double[] {0.1, 0.3, 0.2, 0.4};
        b.grantPerWeek = 5200;
        b.donationsPerWeek = 900;
        b.parentSupportPerWeek = 1300;
        b.reserve = 120_000;
        b.donationVolatility = 0.1;
        b.materialCostPerCase = 8;
        b.advocacyShare = 0.08;
        b.visibility = 0.7;
        b.initialTrust = 0.45;
        b.generalist = true;
        b.holisticScreening = true;
        b.publicTieHolder = TieHolder.ORG;
        b.publicTieStrength = 0.75;
        b.publicTieChance = 1.0;
        b.discretionBoost = 0.35;
        b.advocacyWeight = 1.0;
        b.networkingPerWeek = 0.08;
        b.commissioned = true;
        return new CsoDefaults(b);
      case "autonomous":
        // Mainly volunteers, donations only, four eyes, highest trust, few public ties.
        b.professionalsFte = 0;
        b.volunteers = 25;
        b.volunteerSkills = new double[] {0.0, 0.5, 0.2, 0.3};
        b.grantPerWeek = 0;
        b.donationsPerWeek = 350;
        b.parentSupportPerWeek = 0;
        b.reserve = 5_000;
        b.donationVolatility = 0.5;
        b.materialCostPerCase = 4;
        b.advocacyShare = 0.0;
        b.fourEyes = true;
        b.visibility = 0.35;
        b.initialTrust = 0.85;
        b.generalist = true;
        b.publicTieHolder = TieHolder.VOLUNTEER;
        b.publicTieStrength = 0.25;
        b.publicTieChance = 0.2;
        b.discretionBoost = 0.0;
        b.peerVolunteerChance = 0.003;
        b.fearRelief = 0.05;
        b.advocacyWeight = 0.3;
        b.networkingPerWeek = 0.01;
        return new CsoDefaults(b);
      default:
        throw new IllegalArgumentException("unknown CSO type " + type);
    }
  }

  private static final class Builder {
    double professionalsFte;
    int volunteers;
    double[] volunteerSkills;
    double grantPerWeek;
    double donationsPerWeek;
    double parentSupportPerWeek;
    double reserve;
    double donationVolatility;
    double materialCostPerCase;
    double advocacyShare;
    boolean fourEyes;
    double visibility;
    double initialTrust;
    boolean generalist;
    boolean holisticScreening;
    TieHolder publicTieHolder;
    double publicTieStrength;
    double publicTieChance;
    double discretionBoost;
    double peerVolunteerChance;
    double fearRelief;
    double advocacyWeight;
    double networkingPerWeek;
    boolean commissioned;
  }
}
