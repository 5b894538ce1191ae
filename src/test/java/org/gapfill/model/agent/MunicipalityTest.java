package org.gapfill.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.junit.jupiter.api.Test;

/** Public offices serve the eligible, weigh the discretionary and refuse the excluded. */
class MunicipalityTest {
  private static final int HEALTH = Domain.HEALTH.ordinal();

  /** A city of three migrants (one per status) with open health needs and no CSOs. */
  private static CityModel tinyCity(double discretion) {
    Params p = new Params();
    p.migrants.initial = 0;
    p.migrants.arrivalsPerWeek = 0;
    p.municipality.discretion = discretion;
    CityModel model = new CityModel(p, 5);
    model.start();
    for (LegalStatus s : new LegalStatus[] {LegalStatus.ASYLUM_SEEKER, LegalStatus.REJECTED,
        LegalStatus.UNDOCUMENTED}) {
      int i = Population.addMigrant(model, s);
      model.migrants().setSeverity(i, HEALTH, 2);
      model.migrants().setTrustCity(i, 0.5);
      model.municipality().service(HEALTH).requests().add(i);
    }
    return model;
  }

  @Test
  void servesEligibleRefusesExcludedAndAcceptsDiscretionaryAtFullDiscretion() {
    CityModel model = tinyCity(1.0);
    model.municipality().serveRequests(model);
    Migrants m = model.migrants();
    assertEquals(0, m.severity(0, HEALTH), "asylum seeker served");
    assertEquals(0, m.severity(1, HEALTH), "rejected accepted at discretion 1");
    assertEquals(2, m.severity(2, HEALTH), "undocumented refused");
    assertTrue(m.trustCity(2) < 0.5, "a refusal lowers trust");
    assertTrue(m.trustCity(0) > 0.5, "being served raises trust");
    assertEquals(4, model.ledger().metPublic(LegalStatus.ASYLUM_SEEKER.ordinal(), HEALTH)
        + model.ledger().metPublic(LegalStatus.REJECTED.ordinal(), HEALTH), "2 + 2 need units met");
  }

  @Test
  void refusesDiscretionaryCasesAtZeroDiscretion() {
    CityModel model = tinyCity(0.0);
    model.municipality().serveRequests(model);
    assertEquals(2, model.migrants().severity(1, HEALTH));
  }

  @Test
  void aMunicipalIdTurnsExclusionIntoCaseByCase() {
    CityModel model = tinyCity(1.0);
    model.municipality().setMunicipalId(true);
    assertEquals(Eligibility.DISCRETIONARY, model.municipality().effectiveEligibility(
        LegalStatus.UNDOCUMENTED.ordinal(), HEALTH));
    model.municipality().serveRequests(model);
    assertEquals(0, model.migrants().severity(2, HEALTH), "undocumented served with an ID");
  }

  @Test
  void capacityLimitsHowManyAreServed() {
    CityModel model = tinyCity(1.0);
    double oneCase = Municipality.caseHours(model.behaviour(), HEALTH, 2);
    model.municipality().service(HEALTH).scaleCapacity(
        oneCase / model.municipality().service(HEALTH).capacityHoursPerWeek());
    model.municipality().serveRequests(model);
    int served = 0;
    for (int i = 0; i < 3; i++) {
      served += model.migrants().severity(i, HEALTH) == 0 ? 1 : 0;
    }
    assertEquals(1, served);
  }
}
