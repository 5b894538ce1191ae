package org.gapfill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.gapfill.experiment.Progress;
import org.gapfill.experiment.ReplicateResult;
import org.gapfill.experiment.ReplicateResult.CsoRow;
import org.gapfill.experiment.Replications;
import org.gapfill.experiment.Stats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped Vienna and Bern scenarios reproduce the calibration anchors: AmberMed's patients
 * a year, the Bern Advice Centre's consultations and the health NGO's patients, Ute Bock's
 * places, and the per-type patterns of Table 14.1, all read from the rows of csos.csv (means
 * over five replicates).
 */
class CalibrationIT {
  private static final int REPS = 5;
  private static List<ReplicateResult> vienna;
  private static List<ReplicateResult> bern;

  @BeforeAll
  static void runBothCities() throws Exception {
    vienna = Replications.run(ScenarioLoader.load(Path.of("scenarios/vienna-2015-baseline.yaml")),
        REPS, 2, Progress.NONE);
    bern = Replications.run(ScenarioLoader.load(Path.of("scenarios/bern-2020-city-for-all.yaml")),
        REPS, 2, Progress.NONE);
  }

  private static double mean(List<ReplicateResult> runs, String cso, ToDoubleFunction<CsoRow> f) {
    double[] v = new double[runs.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = runs.get(k).csos().stream().filter(c -> c.name().equals(cso)).mapToDouble(f)
          .findFirst().orElseThrow();
    }
    return Stats.mean(v);
  }

  private static void inRange(String what, double value, double low, double high) {
    assertTrue(value >= low && value <= high, what + " = " + value + ", expected " + low + "–" + high);
  }

  @Test
  void amberMedTreatsAbout3000PatientsAYear() {
    inRange("AmberMed patients a year", mean(vienna, "AmberMed", CsoRow::peoplePerYear), 2700, 3300);
    assertTrue(mean(vienna, "AmberMed", CsoRow::grantShare) <= 0.5, "at most half its income is grant");
  }

  @Test
  void uteBockIsFullAndTurnsPeopleAway() {
    inRange("Ute Bock places used", mean(vienna, "Ute Bock", CsoRow::placesUsed), 270, 300);
    assertTrue(mean(vienna, "Ute Bock", CsoRow::utilisation) > 1, "more asked of it than it has");
  }

  @Test
  void bernAdviceCentreGivesAbout2000ConsultationsAYear() {
    inRange("Advice Centre consultations a year",
        mean(bern, "Advice Centre for Sans-Papiers", CsoRow::casesPerYear), 1600, 2400);
  }

  @Test
  void bernHealthNgoSeesAbout300PatientsInAbout1900ConsultationsAYear() {
    inRange("Health Care for Sans-Papiers patients a year",
        mean(bern, "Health Care for Sans-Papiers", CsoRow::peoplePerYear), 240, 360);
    inRange("Health Care for Sans-Papiers consultations a year",
        mean(bern, "Health Care for Sans-Papiers", CsoRow::casesPerYear), 1500, 2300);
  }

  @Test
  void csosCsvShowsTable141InBothCities() {
    for (List<ReplicateResult> city : List.of(vienna, bern)) {
      Map<String, double[]> byType = perType(city);
      double[] civic = byType.get("civic");
      double[] institutional = byType.get("institutional");
      double[] autonomous = byType.get("autonomous");
      assertTrue(autonomous[0] > civic[0] && civic[0] > institutional[0], "volunteer share order");
      assertEquals(0, autonomous[1], "autonomous CSOs get no grant");
      assertTrue(institutional[1] > civic[1], "institutional grant share highest");
      assertTrue(civic[2] > institutional[2], "civic reserves more volatile");
      assertTrue(institutional[3] > civic[3] && institutional[3] > autonomous[3], "public ties");
      assertTrue(institutional[4] > civic[4] && institutional[4] > autonomous[4], "org tie share");
    }
  }

  /** Per type: mean volunteerShare, grantShare, reserveCv, publicTies, orgTieShare. */
  private static Map<String, double[]> perType(List<ReplicateResult> runs) {
    Map<String, double[]> sums = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (ReplicateResult r : runs) {
      for (CsoRow c : r.csos()) {
        double[] s = sums.computeIfAbsent(c.type(), t -> new double[5]);
        s[0] += c.volunteerShare();
        s[1] += c.grantShare();
        s[2] += c.reserveCv();
        s[3] += c.publicTies();
        s[4] += c.orgTieShare();
        counts.merge(c.type(), 1, Integer::sum);
      }
    }
    sums.forEach((type, s) -> {
      for (int k = 0; k < s.length; k++) {
        s[k] /= counts.get(type);
      }
    });
    return sums;
  }
}
