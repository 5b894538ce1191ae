package org.gapfill.model.agent;

import java.util.EnumSet;
import java.util.Set;

/**
 * The description of one CSO as a scenario gives it: its name, type and domains, and every
 * field that its type's defaults (Table 14.1) would otherwise supply. Plain mutable data, copied
 * into a live {@link Cso} when the model starts.
 */
public final class CsoParams {
  public String name;
  public CsoType type;
  public Set<org.gapfill.model.Domain> domains;
  public double professionalsFte;
  public int volunteers;
  public double[] volunteerSkills;
  public double grantPerWeek;
  public double donationsPerWeek;
  public double parentSupportPerWeek;
  public double reserve;
  public double donationVolatility;
  public double materialCostPerCase;
  /** Beds or similar places (0 = no limit applies); housing cases need a free place. */
  public int places;
  public double advocacyShare;
  public boolean fourEyes;
  public double visibility;
  public double initialTrust;
  public boolean generalist;
  public boolean holisticScreening;
  public TieHolder publicTieHolder;
  public double publicTieStrength;
  public double publicTieChance;
  public double discretionBoost;
  public double peerVolunteerChance;
  public double fearRelief;
  public double advocacyWeight;
  public double networkingPerWeek;
  public boolean commissioned;

  /** A CSO of the given type with every field at the type's default. */
  public static CsoParams ofType(String name, CsoType type, org.gapfill.model.Domain... domains) {
    CsoParams p = new CsoParams();
    CsoDefaults d = type.defaults();
    p.name = name;
    p.type = type;
    p.domains = EnumSet.noneOf(org.gapfill.model.Domain.class);
    for (org.gapfill.model.Domain domain : domains) {
      p.domains.add(domain);
    }
    p.professionalsFte = d.professionalsFte;
    p.volunteers = d.volunteers;
    p.volunteerSkills = d.volunteerSkills();
    p.grantPerWeek = d.grantPerWeek;
    p.donationsPerWeek = d.donationsPerWeek;
    p.parentSupportPerWeek = d.parentSupportPerWeek;
    p.reserve = d.reserve;
    p.donationVolatility = d.donationVolatility;
    p.materialCostPerCase = d.materialCostPerCase;
    p.advocacyShare = d.advocacyShare;
    p.fourEyes = d.fourEyes;
    p.visibility = d.visibility;
    p.initialTrust = d.initialTrust;
    p.generalist = d.generalist;
    p.holisticScreening = d.holisticScreening;
    p.publicTieHolder = d.publicTieHolder;
    p.publicTieStrength = d.publicTieStrength;
    p.publicTieChance = d.publicTieChance;
    p.discretionBoost = d.discretionBoost;
    p.peerVolunteerChance = d.peerVolunteerChance;
    p.fearRelief = d.fearRelief;
    p.advocacyWeight = d.advocacyWeight;
    p.networkingPerWeek = d.networkingPerWeek;
    p.commissioned = d.commissioned;
    return p;
  }

  /** A deep copy, so a model never shares mutable state with the parameters it came from. */
  public CsoParams copy() {
    CsoParams p = new CsoParams();
    p.name = name;
    p.type = type;
    p.domains = domains.isEmpty()
        ? EnumSet.noneOf(org.gapfill.model.Domain.class) : EnumSet.copyOf(domains);
    p.professionalsFte = professionalsFte;
    p.volunteers = volunteers;
    p.volunteerSkills = volunteerSkills.clone();
    p.grantPerWeek = grantPerWeek;
    p.donationsPerWeek = donationsPerWeek;
    p.parentSupportPerWeek = parentSupportPerWeek;
    p.reserve = reserve;
    p.donationVolatility = donationVolatility;
    p.materialCostPerCase = materialCostPerCase;
    p.places = places;
    p.advocacyShare = advocacyShare;
    p.fourEyes = fourEyes;
    p.visibility = visibility;
    p.initialTrust = initialTrust;
    p.generalist = generalist;
    p.holisticScreening = holisticScreening;
    p.publicTieHolder = publicTieHolder;
    p.publicTieStrength = publicTieStrength;
    p.publicTieChance = publicTieChance;
    p.discretionBoost = discretionBoost;
    p.peerVolunteerChance = peerVolunteerChance;
    p.fearRelief = fearRelief;
    p.advocacyWeight = advocacyWeight;
    p.networkingPerWeek = networkingPerWeek;
    p.commissioned = commissioned;
    return p;
  }
}
