package org.gapfill.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Params;
import org.gapfill.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Interval;
import sim.util.Properties;

/** The GUIState's wiring without a window: fields, portrayals, levers and their ranges. */
class CityModelWithUITest {
  private static Params classroom;

  @BeforeAll
  static void load() throws Exception {
    classroom = ScenarioLoader.load(Path.of("scenarios", "classroom.yaml"));
  }

  static CityModelWithUI started() {
    CityModelWithUI ui = new CityModelWithUI(new CityModel(classroom));
    ui.start();
    return ui;
  }

  @Test
  void portrayalsDrawTheViewsFields() {
    CityModelWithUI ui = started();
    ui.step();
    CityView view = ui.view();
    assertSame(view.providers, ui.providerPortrayal.getField());
    assertSame(view.migrants, ui.migrantPortrayal.getField());
    SpatialNetwork2D ties = assertInstanceOf(SpatialNetwork2D.class, ui.tiePortrayal.getField());
    Object node = view.nodes().get(0);
    assertEquals(view.providers.getObjectLocation(node), ties.getObjectLocation(node));
    Object dot = view.migrants.getAllObjects().objs[0];
    Object edge = view.referrals.getEdgesOut(view.referrals.getAllNodes().objs[0]).objs[0];
    assertInstanceOf(sim.portrayal.simple.LabelledPortrayal2D.class,
        ui.providerPortrayal.getPortrayalForObject(node));
    assertInstanceOf(MigrantPortrayal.class, ui.migrantPortrayal.getPortrayalForObject(dot));
    assertInstanceOf(TiePortrayal.class, ui.tiePortrayal.getPortrayalForObject(edge));
  }

  @Test
  void viewHoldsEveryProviderAndASampleOfMigrants() {
    CityModelWithUI ui = started();
    for (int w = 0; w < 10; w++) {
      ui.step();
    }
    CityModel model = ui.model();
    CityView view = ui.view();
    assertEquals(Domain.COUNT + model.csos().size(), view.nodes().size());
    assertEquals(view.nodes().size(), view.referrals.getAllNodes().numObjs);
    assertTrue(view.referrals.getAllNodes().numObjs > 0);
    assertTrue(countEdges(view) > 0, "some ties are drawn");
    int shown = Math.min(model.migrants().size(), CityView.MAX_MIGRANTS);
    assertEquals(shown, view.migrantsShown());
    assertEquals(shown, view.migrants.getAllObjects().numObjs);
    for (Object o : view.providers.getAllObjects()) {
      ProviderNode n = (ProviderNode) o;
      sim.util.Double2D p = view.providers.getObjectLocation(n);
      double fromCentre = p.distance(new sim.util.Double2D(CityView.SIZE / 2, CityView.SIZE / 2));
      assertTrue(n.isPublic() ? fromCentre < 15 : fromCentre > 30, n + " at " + p);
    }
  }

  private static int countEdges(CityView view) {
    int edges = 0;
    for (Object n : view.referrals.getAllNodes()) {
      edges += view.referrals.getEdgesOut(n).numObjs;
    }
    return edges;
  }

  @Test
  void inspectedObjectExposesTheLeversWithRanges() {
    CityModelWithUI ui = started();
    Object inspected = ui.getSimulationInspectedObject();
    assertSame(ui.levers(), inspected);
    Properties p = Properties.getProperties(inspected);
    assertSlider(p, "Discretion", 0, 1);
    for (String type : new String[] {"Civic", "Institutional", "Autonomous"}) {
      assertSlider(p, "Grant" + type, Levers.MIN_LEVEL, Levers.MAX_LEVEL);
    }
    assertSlider(p, "Recruitment", Levers.MIN_LEVEL, Levers.MAX_LEVEL);
    for (String status : new String[] {"Rejected", "Undocumented"}) {
      for (Domain d : Domain.values()) {
        String name = status + Character.toUpperCase(d.word().charAt(0)) + d.word().substring(1);
        int k = index(p, name);
        assertArrayEquals(new String[] {"eligible", "discretionary", "excluded"},
            (String[]) p.getDomain(k), name);
        assertEquals(Integer.TYPE, p.getType(k), name);
        assertTrue(p.isReadWrite(k), name);
      }
    }
    assertEquals(Boolean.TYPE, p.getType(index(p, "ReportingDuty")));
    assertEquals(Boolean.TYPE, p.getType(index(p, "MunicipalId")));
    assertTrue(p.isReadWrite(index(p, "MunicipalId")));
  }

  private static void assertSlider(Properties p, String name, double min, double max) {
    int k = index(p, name);
    Interval range = assertInstanceOf(Interval.class, p.getDomain(k), name);
    assertEquals(min, range.getMin().doubleValue(), 1e-12, name);
    assertEquals(max, range.getMax().doubleValue(), 1e-12, name);
    assertTrue(p.isReadWrite(k), name);
  }

  private static int index(Properties p, String name) {
    for (int k = 0; k < p.numProperties(); k++) {
      if (p.getName(k).equals(name)) {
        return k;
      }
    }
    throw new AssertionError("no property " + name);
  }

  @Test
  void leversReadBeforeTheFirstStartAndApplyInWeekZero() {
    CityModelWithUI ui = new CityModelWithUI(new CityModel(classroom));
    Properties p = Properties.getProperties(ui.getSimulationInspectedObject());
    for (int k = 0; k < p.numProperties(); k++) {
      p.getValue(k);
    }
    assertEquals(classroom.municipality.discretion, ui.levers().getDiscretion(), 1e-12);
    ui.levers().setDiscretion(0.8);
    ui.start();
    ui.step();
    assertEquals(new org.gapfill.model.LoggedEvent(0, "setDiscretion", "discretion 0.8"),
        ui.model().eventLog().get(0));
  }

  @Test
  void watchingDoesNotChangeTheRun() {
    CityModelWithUI ui = started();
    CityModel alone = new CityModel(classroom);
    alone.start();
    for (int w = 0; w < 30; w++) {
      ui.step();
      alone.stepWeek();
    }
    for (int w = 0; w < 30; w++) {
      assertArrayEquals(alone.recorder().row(w), ui.model().recorder().row(w), "week " + w);
    }
  }
}
