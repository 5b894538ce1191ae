package org.gapfill.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.junit.jupiter.api.Test;

/** A clinic that asks patients back sees them again, and the ledger counts the new need. */
class FollowUpTest {
  private static final int HEALTH = Domain.HEALTH.ordinal();

  private static CityModel clinic(double followUpChance) {
    Params p = new Params();
    p.migrants.initial = 0;
    p.migrants.arrivalsPerWeek = 0;
    CsoParams c = CsoParams.ofType("Clinic", CsoType.CIVIC, Domain.HEALTH);
    c.followUpChance = followUpChance;
    c.publicTieChance = 0;
    p.csos.add(c);
    CityModel model = new CityModel(p, 2);
    model.start();
    return model;
  }

  @Test
  void aCertainFollowUpReopensTheNeedWithAnAppointment() {
    CityModel model = clinic(0.95);
    model.cso(0).p.followUpChance = 1.0;
    int i = Population.addMigrant(model, LegalStatus.UNDOCUMENTED);
    model.migrants().setSeverity(i, HEALTH, 2);
    Cso cso = model.cso(0);
    cso.enqueue(i, HEALTH);
    cso.step(model);
    assertEquals(1, cso.stats().casesServed);
    assertEquals(1, model.migrants().severity(i, HEALTH), "a follow-up need is open");
    assertEquals(0, model.migrants().appointment(i), "with an appointment at the clinic");
    int s = LegalStatus.UNDOCUMENTED.ordinal();
    assertEquals(2, model.ledger().metCso(s, HEALTH));
    assertEquals(1, model.ledger().arisen(s, HEALTH), "the follow-up is booked as new need");
  }

  @Test
  void patientsComeBackForFollowUpsOverWeeks() {
    double[] casesPerPerson = new double[2];
    double[] chances = {0.0, 0.8};
    for (int k = 0; k < 2; k++) {
      Params p = new Params();
      p.horizonWeeks = 60;
      p.migrants.initial = 2000;
      CsoParams c = CsoParams.ofType("Clinic", CsoType.CIVIC, Domain.HEALTH);
      c.followUpChance = chances[k];
      c.volunteers = 200;
      p.csos.add(c);
      CityModel model = new CityModel(p, 4);
      model.runToEnd();
      CsoStats stats = model.cso(0).stats();
      casesPerPerson[k] = stats.casesPerYear() / stats.peoplePerYear();
      assertEquals(0, model.recorder().maxImbalance());
    }
    assertTrue(casesPerPerson[0] < 1.5, "without follow-ups about one case a person: " + casesPerPerson[0]);
    assertTrue(casesPerPerson[1] > 2.5, "with 0.8 several: " + casesPerPerson[1]);
  }
}
