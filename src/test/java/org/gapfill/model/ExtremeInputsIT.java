package org.gapfill.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.metrics.MetricsRecorder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Extreme but legal cities run to the end with finite numbers in every cell (DESIGN §6). */
class ExtremeInputsIT {

  private static Consumer<Params> extreme(String name) {
    switch (name) {
      case "zeroVolunteers":
        return p -> {
          for (CsoParams c : p.csos) {
            c.volunteers = 0;
          }
          p.volunteers.recruitmentPerWeek = 0;
        };
      case "zeroGrants":
        return p -> {
          for (CsoParams c : p.csos) {
            c.grantPerWeek = 0;
            c.donationsPerWeek = 0;
            c.parentSupportPerWeek = 0;
            c.reserve = 0;
          }
        };
      case "everythingExcluded":
        return p -> {
          for (Eligibility[] row : p.municipality.eligibility) {
            java.util.Arrays.fill(row, Eligibility.EXCLUDED);
          }
        };
      case "zeroMigrants":
        return p -> {
          p.migrants.initial = 0;
          p.migrants.arrivalsPerWeek = 0;
        };
      case "noCsos":
        return p -> p.csos.clear();
      case "zeroCapacity":
        return p -> java.util.Arrays.fill(p.municipality.capacityHoursPerWeek, 0);
      default:
        throw new IllegalArgumentException(name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"zeroVolunteers", "zeroGrants", "everythingExcluded", "zeroMigrants",
      "noCsos", "zeroCapacity"})
  void runsToTheEndWithFiniteNumbers(String name) {
    Params p = DefaultCity.params();
    extreme(name).accept(p);
    CityModel model = new CityModel(p, 1);
    model.runToEnd();
    MetricsRecorder r = model.recorder();
    assertEquals(p.horizonWeeks, r.weeks());
    for (int w = 0; w < r.weeks(); w++) {
      for (Metric m : Metric.values()) {
        double v = r.get(w, m);
        assertTrue(Double.isFinite(v), name + ": " + m.column() + " in week " + w + " is " + v);
      }
    }
    assertEquals(0, r.maxImbalance(), name + ": ledger balances");
    switch (name) {
      case "zeroVolunteers":
        assertEquals(0, r.total(Metric.VOLUNTEER_HOURS), "no volunteer hours");
        break;
      case "zeroMigrants":
        assertEquals(0, r.total(Metric.NEED_ARISEN), "no need without migrants");
        break;
      case "everythingExcluded":
        assertEquals(0, r.total(Metric.MET_PUBLIC) - emergencyUnits(r), 1e-9,
            "only emergencies are met by public services");
        break;
      case "zeroGrants":
        assertEquals(0, r.total(Metric.GRANTS_PAID));
        break;
      default:
        break;
    }
  }

  /** Emergency admissions are met publicly whatever the status: four need units each. */
  private static double emergencyUnits(MetricsRecorder r) {
    return 4 * r.total(Metric.EMERGENCIES);
  }
}
