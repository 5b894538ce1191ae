package org.gapfill.model.agent;

import ec.util.MersenneTwisterFast;
import org.gapfill.model.Behaviour;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.metrics.Ledger;

/**
 * NEEDS phase (DESIGN §1.5 step 2): new needs arise, open ones wait, resolve on their own,
 * worsen, and critical health needs left unmet end as emergency admissions.
 */
public final class NeedDynamics {
  private static final int HEALTH = Domain.HEALTH.ordinal();
  private static final int HOUSING = Domain.HOUSING.ordinal();
  private static final int SUBSISTENCE = Domain.SUBSISTENCE.ordinal();
  private static final int CRITICAL = 3;

  private NeedDynamics() {
  }

  /**
   * Walks every migrant. The order does not matter here (each migrant's needs evolve on their
   * own), so the walk is in index order and the shuffled walk is kept for help-seeking.
   */
  public static void step(CityModel model) {
    Migrants m = model.migrants();
    double[] rates = model.params().migrants.needRatesPerWeek;
    Behaviour b = model.behaviour();
    Ledger ledger = model.ledger();
    MersenneTwisterFast random = model.random;
    double healthBoost = 1 + b.healthInterdependence;
    for (int i = 0, n = m.size(); i < n; i++) {
      int status = m.statusIndex(i);
      // Housing and subsistence needs raise health need: "the wound will rupture again" (§3.2).
      boolean precarious = m.hasOpen(i, HOUSING, SUBSISTENCE);
      for (int d = 0; d < Domain.COUNT; d++) {
        int severity = m.severity(i, d);
        if (severity == 0) {
          double rate = (d == HEALTH && precarious) ? rates[d] * healthBoost : rates[d];
          if (random.nextDouble() < rate) {
            m.setSeverity(i, d, 1);
            ledger.arisen(status, d, 1);
          }
          continue;
        }
        m.incrementWait(i, d);
        double x = random.nextDouble();
        if (x < b.selfResolvePerWeek) {
          ledger.dropped(status, d, Migrants.unitsOf(severity));
          m.setSeverity(i, d, 0);
        } else if (d == HEALTH && severity == CRITICAL && x < b.selfResolvePerWeek + b.emergencyPerWeek) {
          emergency(model, i, status);
        } else if (severity < CRITICAL && random.nextDouble() < b.escalationPerWeek) {
          ledger.arisen(status, d, Migrants.unitsOf(severity + 1) - Migrants.unitsOf(severity));
          m.setSeverity(i, d, severity + 1);
        }
      }
    }
  }

  /** The public hospital admits an emergency whatever the status, at the city's cost. */
  private static void emergency(CityModel model, int i, int status) {
    Migrants m = model.migrants();
    model.ledger().metPublic(status, HEALTH, Migrants.unitsOf(CRITICAL));
    m.setSeverity(i, HEALTH, 0);
    m.setLastProvider(i, HEALTH);
    model.tally().emergencies++;
  }
}
