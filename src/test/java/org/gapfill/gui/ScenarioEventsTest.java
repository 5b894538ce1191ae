package org.gapfill.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.LoggedEvent;
import org.gapfill.model.Params;
import org.gapfill.model.policy.PolicyEvent;
import org.gapfill.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The scenario's own events applied now, and another scenario opened in the GUI. */
class ScenarioEventsTest {

  @Test
  void anEventMovedToAnotherWeekKeepsEverythingElse() {
    PolicyEvent lockdown = new PolicyEvent.Lockdown(52, 8, 0.5, 0.6);
    assertEquals(new PolicyEvent.Lockdown(10, 8, 0.5, 0.6), ScenarioEvents.redated(lockdown, 10));
    PolicyEvent cut = new PolicyEvent.FundingCut(104, "civic", 0.5);
    assertEquals(new PolicyEvent.FundingCut(3, "civic", 0.5), ScenarioEvents.redated(cut, 3));
  }

  @Test
  void theScenariosNarrowingAppliedNowTakesEffectNextWeek() {
    CityModelWithUI ui = CityModelWithUITest.started();
    for (int w = 0; w < 3; w++) {
      ui.step();
    }
    CityModel model = ui.model();
    List<PolicyEvent> events = ui.scenarioEvents();
    int narrowing = -1;
    for (int k = 0; k < events.size(); k++) {
      if (events.get(k) instanceof PolicyEvent.NarrowEligibility) {
        narrowing = k;
      }
    }
    assertTrue(narrowing >= 0, "the classroom scenario narrows eligibility");
    int housing = Domain.HOUSING.ordinal();
    int rejected = LegalStatus.REJECTED.ordinal();
    assertEquals(Eligibility.DISCRETIONARY, model.municipality().eligibility(rejected, housing));
    ScenarioEvents.applyNow(ui, narrowing);
    assertEquals(Eligibility.DISCRETIONARY, model.municipality().eligibility(rejected, housing),
        "not before the next week");
    ui.step();
    assertEquals(Eligibility.EXCLUDED, model.municipality().eligibility(rejected, housing));
    LoggedEvent logged = model.eventLog().get(model.eventLog().size() - 1);
    assertEquals(3, logged.week());
    assertEquals("narrowEligibility", logged.type());
  }

  @Test
  void openingAnotherScenarioShowsItFromTheNextStart() throws Exception {
    CityModelWithUI ui = CityModelWithUITest.started();
    ui.step();
    Params bern = ScenarioLoader.load(Path.of("scenarios/bern-2020-city-for-all.yaml"));
    ui.open(bern);
    assertEquals(bern.name, ui.model().params().name);
    ui.start();
    ui.step();
    assertEquals(1, ui.model().week());
    assertEquals("Health Care for Sans-Papiers", ui.model().cso(0).name);
    assertTrue(ui.scenarioEvents().isEmpty(), "Bern 2020 plans no events");
  }
}
