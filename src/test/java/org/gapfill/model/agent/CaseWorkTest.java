package org.gapfill.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.gapfill.model.network.ReferralNetwork;
import org.gapfill.model.network.Tie;
import org.junit.jupiter.api.Test;

/** A CSO's casework: triage first, then parallel service, referral, or turning away. */
class CaseWorkTest {
  private static final int HEALTH = Domain.HEALTH.ordinal();
  private static final int LEGAL = Domain.LEGAL.ordinal();

  /** A city with no migrants of its own and exactly the given CSO, started. */
  private static CityModel cityWith(CsoParams cso) {
    Params p = new Params();
    p.migrants.initial = 0;
    p.migrants.arrivalsPerWeek = 0;
    p.csos.add(cso);
    p.ties.add(new Params.TieParams(cso.name, "public.health", 1.0, TieHolder.ORG));
    CityModel model = new CityModel(p, 3);
    model.start();
    return model;
  }

  private static int migrantWithNeed(CityModel model, LegalStatus status, int domain, int severity) {
    int i = Population.addMigrant(model, status);
    model.migrants().setSeverity(i, domain, severity);
    return i;
  }

  @Test
  void triagesAnEligiblePersonThroughAFullTie() {
    CsoParams p = CsoParams.ofType("Institutional", CsoType.INSTITUTIONAL, Domain.HEALTH);
    CityModel model = cityWith(p);
    int i = migrantWithNeed(model, LegalStatus.ASYLUM_SEEKER, HEALTH, 2);
    Cso cso = model.cso(0);
    cso.enqueue(i, HEALTH);
    cso.step(model);
    assertEquals(0, model.migrants().severity(i, HEALTH));
    assertEquals(2, model.ledger().metReferred(LegalStatus.ASYLUM_SEEKER.ordinal(), HEALTH));
    assertEquals(1, model.tally().referralSuccesses);
    assertEquals(1, cso.stats().referralsSucceeded);
    assertTrue(model.municipality().service(HEALTH).hoursUsed() > 0, "public capacity used");
    assertEquals(ReferralNetwork.publicNode(HEALTH), model.migrants().lastProvider(i));
  }

  @Test
  void servesInParallelWhenThePublicServiceIsFull() {
    CsoParams p = CsoParams.ofType("Civic", CsoType.CIVIC, Domain.HEALTH);
    CityModel model = cityWith(p);
    PublicService hospital = model.municipality().service(HEALTH);
    hospital.scaleCapacity(0);
    int i = migrantWithNeed(model, LegalStatus.UNDOCUMENTED, HEALTH, 1);
    Cso cso = model.cso(0);
    cso.enqueue(i, HEALTH);
    cso.step(model);
    assertEquals(0, model.migrants().severity(i, HEALTH));
    assertEquals(1, model.ledger().metCso(LegalStatus.UNDOCUMENTED.ordinal(), HEALTH));
    assertEquals(1, cso.stats().casesServed);
  }

  @Test
  void turnsAwayWhenItHasNoHoursAndNoPartner() {
    CsoParams p = CsoParams.ofType("Empty", CsoType.AUTONOMOUS, Domain.LEGAL);
    p.volunteers = 0;
    CityModel model = cityWith(p);
    int i = migrantWithNeed(model, LegalStatus.REJECTED, LEGAL, 1);
    model.migrants().learn(i, 0, 0.8);
    Cso cso = model.cso(0);
    cso.enqueue(i, LEGAL);
    cso.step(model);
    assertEquals(1, model.migrants().severity(i, LEGAL), "the need stays open");
    assertEquals(1, model.tally().turnedAway);
    assertTrue(model.migrants().knownTrust(i, 0) < 0.8, "trust in the CSO falls");
  }

  @Test
  void fourEyesCounsellingDoublesTheHoursOfALegalCase() {
    double[] demanded = new double[2];
    for (int k = 0; k < 2; k++) {
      CsoParams p = CsoParams.ofType("Counselling", CsoType.AUTONOMOUS, Domain.LEGAL);
      p.fourEyes = k == 1;
      CityModel model = cityWith(p);
      Cso cso = model.cso(0);
      for (int n = 0; n < 5; n++) {
        cso.enqueue(migrantWithNeed(model, LegalStatus.UNDOCUMENTED, LEGAL, 1), LEGAL);
      }
      cso.step(model);
      demanded[k] = cso.stats().hoursDemanded;
    }
    assertTrue(demanded[0] > 0);
    assertEquals(2 * demanded[0], demanded[1], 1e-9);
  }

  @Test
  void pushesHardshipCasesOnlyWhenItCanPushDiscretion() {
    for (CsoType type : new CsoType[] {CsoType.INSTITUTIONAL, CsoType.AUTONOMOUS}) {
      CsoParams p = CsoParams.ofType("Any", type, Domain.HEALTH);
      CityModel model = cityWith(p);
      int i = migrantWithNeed(model, LegalStatus.UNDOCUMENTED, HEALTH, 1);
      Cso cso = model.cso(0);
      cso.enqueue(i, HEALTH);
      cso.step(model);
      int expected = type.defaults().discretionBoost > 0 ? 1 : 0;
      assertEquals(expected, model.tally().referralAttempts, type.toString());
    }
  }

  @Test
  void aFailedTriageOfAnEligibleCaseWeakensTheTie() {
    CsoParams p = CsoParams.ofType("Civic", CsoType.CIVIC, Domain.HEALTH);
    CityModel model = cityWith(p);
    Tie tie = model.network().find(model.cso(0).node(), ReferralNetwork.publicNode(HEALTH));
    model.network().weaken(tie, 0.9);
    double before = tie.strength();
    // Discretion 0 refuses the rejected person's discretionary case whatever the tie.
    model.municipality().setDiscretion(0);
    model.behaviour().triageBaseReach = 1;
    int i = migrantWithNeed(model, LegalStatus.REJECTED, HEALTH, 1);
    Cso cso = model.cso(0);
    cso.enqueue(i, HEALTH);
    cso.step(model);
    assertEquals(1, model.tally().referralAttempts);
    assertEquals(0, model.tally().referralSuccesses);
    assertEquals(before - model.behaviour().tieLossOnFailure, tie.strength(), 1e-12);
  }
}
