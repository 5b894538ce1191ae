package org.gapfill.model.agent;

import java.util.EnumSet;
import org.gapfill.model.Domain;

/**
 * The per-type defaults of a CSO, read from Table 14.1 of the chapter (Ataç and Schilliger,
 * §4). The table is qualitative; the numbers translate its words ("mainly volunteers",
 * "stable financial base", "only by donations") into orders of magnitude, and a scenario
 * overrides them for a named organisation.
 */
final class CsoDefaults {
  private CsoDefaults() {
  }

  /** The defaults of a type, as a CSO without name or domains. */
  static CsoParams of(CsoType type) {
    CsoParams b = new CsoParams();
    b.type = type;
    b.domains = EnumSet.noneOf(Domain.class);
    switch (type) {
      case CIVIC -> civic(b);
      case INSTITUTIONAL -> institutional(b);
      default -> autonomous(b);
    }
    return b;
  }

  /** Professionals and volunteers; donations plus municipal support, precarious. */
  private static void civic(CsoParams b) {
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
  }

  /** Mainly professionals, volunteers supplementary; public money, stable; formal ties. */
  private static void institutional(CsoParams b) {
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
  }

  /** Mainly volunteers, donations only, four eyes, highest trust, few public ties. */
  private static void autonomous(CsoParams b) {
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
  }
}
