package org.gapfill.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.LoggedEvent;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoType;
import org.junit.jupiter.api.Test;

/**
 * A lever moved through the GUIState's inspected object changes the model in the next week,
 * not before, and is logged as an event of that week.
 */
class LeversTest {
  private static CityModelWithUI runFor(int weeks) {
    CityModelWithUI ui = CityModelWithUITest.started();
    for (int w = 0; w < weeks; w++) {
      ui.step();
    }
    return ui;
  }

  private static LoggedEvent last(CityModel model) {
    List<LoggedEvent> log = model.eventLog();
    return log.get(log.size() - 1);
  }

  @Test
  void discretionTakesEffectTheNextWeekAndIsLogged() {
    CityModelWithUI ui = runFor(5);
    CityModel model = ui.model();
    double before = model.municipality().discretion();
    int logged = model.eventLog().size();
    ((Levers) ui.getSimulationInspectedObject()).setDiscretion(0.95);
    assertEquals(before, model.municipality().discretion(), "nothing changes mid-week");
    assertEquals(0.95, ui.levers().getDiscretion(), "the Model tab shows the choice");
    assertEquals(logged, model.eventLog().size());
    ui.step();
    assertEquals(logged + 1, model.eventLog().size());
    LoggedEvent e = model.eventLog().get(logged);
    assertEquals(new LoggedEvent(5, "setDiscretion", "discretion 0.95"), e);
    assertTrue(model.municipality().discretion() >= 0.95 - 1e-9);
  }

  @Test
  void eligibilityMenuNarrowsAndWidens() {
    CityModelWithUI ui = runFor(3);
    CityModel model = ui.model();
    Domain open = openDomainOfRejected(model);
    Eligibility was = model.municipality().eligibility(LegalStatus.REJECTED.ordinal(), open.ordinal());
    int excluded = Eligibility.EXCLUDED.ordinal();
    ui.levers().setEligibility(LegalStatus.REJECTED, open, excluded);
    ui.step();
    assertEquals(Eligibility.EXCLUDED,
        model.municipality().eligibility(LegalStatus.REJECTED.ordinal(), open.ordinal()));
    assertEquals("narrowEligibility", last(model).type());
    assertEquals(3, last(model).week());
    assertEquals(excluded, ui.levers().eligibility(LegalStatus.REJECTED, open));
    ui.levers().setEligibility(LegalStatus.REJECTED, open, was.ordinal());
    ui.step();
    assertEquals("widenEligibility", last(model).type());
    assertEquals(was.ordinal(), ui.levers().eligibility(LegalStatus.REJECTED, open));
  }

  @Test
  void menuGetterAndSetterReachTheirDomain() {
    CityModelWithUI ui = runFor(1);
    ui.levers().setUndocumentedPsychosocial(Eligibility.DISCRETIONARY.ordinal());
    ui.step();
    assertEquals(Eligibility.DISCRETIONARY, ui.model().municipality().eligibility(
        LegalStatus.UNDOCUMENTED.ordinal(), Domain.PSYCHOSOCIAL.ordinal()));
    assertEquals(Eligibility.DISCRETIONARY.ordinal(), ui.levers().getUndocumentedPsychosocial());
  }

  @Test
  void choosingTheValueInForceLogsNothing() {
    CityModelWithUI ui = runFor(1);
    CityModel model = ui.model();
    int now = ui.levers().getUndocumentedHealth();
    int logged = model.eventLog().size();
    ui.levers().setUndocumentedHealth(now);
    ui.step();
    assertEquals(logged, model.eventLog().size());
  }

  private static Domain openDomainOfRejected(CityModel model) {
    for (Domain d : Domain.values()) {
      if (model.municipality().eligibility(LegalStatus.REJECTED.ordinal(), d.ordinal())
          != Eligibility.EXCLUDED) {
        return d;
      }
    }
    throw new AssertionError("the classroom city excludes rejected asylum seekers everywhere");
  }

  @Test
  void grantLevelAndShockScaleTheGrantsOfOneType() {
    CityModelWithUI ui = runFor(2);
    CityModel model = ui.model();
    double institutional = grants(model, CsoType.INSTITUTIONAL);
    ui.levers().setGrantInstitutional(0.5);
    ui.step();
    assertEquals(institutional * 0.5, grants(model, CsoType.INSTITUTIONAL), 1e-6 * institutional);
    assertEquals(0.5, ui.levers().getGrantInstitutional(), 1e-12);
    ui.levers().setGrantInstitutional(1);
    ui.step();
    assertEquals(institutional, grants(model, CsoType.INSTITUTIONAL), 1e-6 * institutional);
    double civic = grants(model, CsoType.CIVIC);
    Shocks.cutCivicGrants(ui);
    ui.step();
    assertEquals(civic * (1 - Shocks.CIVIC_GRANT_CUT), grants(model, CsoType.CIVIC), 1e-6 * civic + 1e-9);
    assertEquals(1 - Shocks.CIVIC_GRANT_CUT, ui.levers().getGrantCivic(), 1e-12);
    assertEquals("fundingCut", last(model).type());
  }

  private static double grants(CityModel model, CsoType type) {
    double sum = 0;
    for (Cso c : model.csos()) {
      if (c.type == type && c.alive()) {
        sum += c.grantPerWeek();
      }
    }
    return sum;
  }

  @Test
  void switchesAndShocksAreLoggedInTheirWeek() {
    CityModelWithUI ui = runFor(4);
    CityModel model = ui.model();
    ui.levers().setMunicipalId(true);
    ui.levers().setReportingDuty(true);
    Shocks.lockdown(ui);
    Shocks.medicalVolunteersLeave(ui);
    String broker = Shocks.broker(model);
    Shocks.removeBroker(ui);
    ui.step();
    assertTrue(model.municipality().municipalId());
    assertTrue(model.municipality().reportingDuty());
    List<String> types = model.eventLog().stream().filter(e -> e.week() == 4)
        .map(LoggedEvent::type).toList();
    assertTrue(types.containsAll(List.of("municipalId", "reportingDuty", "lockdown",
        "volunteerShock", "csoExit")), types.toString());
    assertTrue(model.csos().stream().noneMatch(c -> c.name.equals(broker) && c.alive()));
  }
}
