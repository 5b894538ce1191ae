package org.gapfill.model.agent;

import java.util.EnumSet;
import java.util.Set;
import org.gapfill.model.Param;
import org.gapfill.model.ParamCopy;

/**
 * The description of one CSO as a scenario gives it: its name, type and domains, and every
 * field that its type's defaults (Table 14.1) would otherwise supply. Plain mutable data, copied
 * into a live {@link Cso} when the model starts.
 */
public final class CsoParams implements java.io.Serializable {
  @Param(doc = "A unique name; events and ties refer to the CSO by it.")
  public String name;
  @Param(doc = "civic, institutional or autonomous (Table 14.1); it supplies every default.")
  public CsoType type;
  @Param(doc = "The domains the CSO serves (at least one).", min = 1)
  public Set<org.gapfill.model.Domain> domains;
  @Param(doc = "Full-time professional staff.", unit = "FTE", min = 0, max = 10000)
  public double professionalsFte;
  @Param(doc = "Volunteers at the start.", unit = "people", min = 0, max = 1000000)
  public int volunteers;
  @Param(
      doc = "Shares of volunteers by skill (medical, legal, interpreter, general); they sum to 1.",
      unit = "share",
      min = 0,
      max = 1,
      sumsToOne = true)
  public double[] volunteerSkills;
  @Param(
      doc = "Municipal grant (zero for autonomous CSOs: \"no funding from state/city\").",
      unit = "money per week",
      min = 0,
      max = 100000000)
  public double grantPerWeek;
  @Param(
      doc = "Expected private donations, scaled by public solidarity.",
      unit = "money per week",
      min = 0,
      max = 100000000)
  public double donationsPerWeek;
  @Param(
      doc = "Support from a parent welfare association such as Red Cross or Caritas.",
      unit = "money per week",
      min = 0,
      max = 100000000)
  public double parentSupportPerWeek;
  @Param(doc = "Reserve at the start.", unit = "money", min = -1e9, max = 1e10)
  public double reserve;
  @Param(
      doc = "Coefficient of variation of weekly donations (\"precarious\" for civic CSOs).",
      unit = "coefficient of variation",
      min = 0,
      max = 5)
  public double donationVolatility;
  @Param(
      doc = "Material cost of one parallel-service case (medicine, food, lab tests).",
      unit = "money",
      min = 0,
      max = 1000000)
  public double materialCostPerCase;
  @Param(
      doc = "Beds or similar places; housing cases need a free one (0: no limit).",
      unit = "places",
      min = 0,
      max = 1000000)
  public int places;
  @Param(doc = "Share of hours spent on political work.", unit = "share", min = 0, max = 0.9)
  public double advocacyShare;
  @Param(
      doc = "Chance that a health case served here needs a follow-up consultation (chronic illness; AmberMed focuses on chronic patients, chapter §3.2).",
      unit = "probability",
      min = 0,
      max = 0.95)
  public double followUpChance;
  @Param(
      doc = "Whether two counsellors sit in every legal case (Deserteursberatung, chapter §4.3).")
  public boolean fourEyes;
  @Param(
      doc = "How easily migrants discover the CSO and volunteers find it.",
      unit = "share",
      min = 0,
      max = 1)
  public double visibility;
  @Param(
      doc = "The trust a migrant starts with when it learns of the CSO.",
      unit = "trust",
      min = 0,
      max = 1)
  public double initialTrust;
  @Param(doc = "Whether migrants bring any concern, not only those of its domains.")
  public boolean generalist;
  @Param(
      doc = "Whether a served person's other needs are screened and queued or referred (chapter §3.2).")
  public boolean holisticScreening;
  @Param(doc = "Who holds the CSO's initial ties to public services: org, staff or volunteer.")
  public TieHolder publicTieHolder;
  @Param(doc = "Strength of initial ties to public services.", unit = "strength", min = 0, max = 1)
  public double publicTieStrength;
  @Param(
      doc = "Probability of an initial tie to the public service of each domain served.",
      unit = "probability",
      min = 0,
      max = 1)
  public double publicTieChance;
  @Param(
      doc = "How much a full-strength tie raises a discretionary acceptance (pushing hardship cases).",
      unit = "probability",
      min = 0,
      max = 1)
  public double discretionBoost;
  @Param(
      doc = "Chance that a person it serves becomes a peer volunteer.",
      unit = "probability",
      min = 0,
      max = 1)
  public double peerVolunteerChance;
  @Param(
      doc = "How much a case served here lowers the person's fear.",
      unit = "fear",
      min = 0,
      max = 1)
  public double fearRelief;
  @Param(
      doc = "Weight of its advocacy hours in political pressure (insider work most, protest least).",
      unit = "multiplier",
      min = 0,
      max = 10)
  public double advocacyWeight;
  @Param(
      doc = "Weekly chance of forming or renewing a tie through networking.",
      unit = "probability",
      min = 0,
      max = 1)
  public double networkingPerWeek;
  @Param(doc = "Whether the city commissions it (\"some commissioned by the city\").")
  public boolean commissioned;

  /** A CSO of the given type with every field at the type's default. */
  public static CsoParams ofType(String name, CsoType type, org.gapfill.model.Domain... domains) {
    CsoParams p = type.defaults();
    p.name = name;
    p.domains = EnumSet.noneOf(org.gapfill.model.Domain.class);
    for (org.gapfill.model.Domain domain : domains) {
      p.domains.add(domain);
    }
    return p;
  }

  /** A deep copy, so a model never shares mutable state with the parameters it came from. */
  public CsoParams copy() {
    return ParamCopy.into(this, new CsoParams());
  }
}
