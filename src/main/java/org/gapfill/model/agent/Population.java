package org.gapfill.model.agent;

import ec.util.MersenneTwisterFast;
import org.gapfill.model.Behaviour;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Draw;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Ledger;
import org.gapfill.model.metrics.WeekTally;

/**
 * POPULATION phase (DESIGN §1.5 step 9): regularisations from legal cases, asylum decisions,
 * deportations, departures and arrivals, including a temporary demand shock.
 */
public final class Population implements java.io.Serializable {
  private double shockPerWeek;
  private LegalStatus shockStatus = LegalStatus.UNDOCUMENTED;
  private int shockUntilWeek = -1;

  /** Extra arrivals of a status spread over weeks ({@code demandShock}). */
  public void demandShock(int arrivals, LegalStatus status, int weeks, int fromWeek) {
    shockPerWeek = weeks <= 0 ? arrivals : (double) arrivals / weeks;
    shockStatus = status;
    shockUntilWeek = fromWeek + Math.max(1, weeks);
  }

  public void step(CityModel model) {
    Migrants m = model.migrants();
    Behaviour b = model.behaviour();
    Params.MigrantParams mp = model.params().migrants;
    MersenneTwisterFast random = model.random;
    WeekTally tally = model.tally();
    // Backwards, so the migrant swapped into a removed slot has already been handled.
    for (int i = m.size() - 1; i >= 0; i--) {
      m.ageOneWeek(i);
      LegalStatus status = m.status(i);
      if (m.detected(i) || (status.deportable() && random.nextDouble() < b.deportationRatePerWeek)) {
        leave(model, i);
        tally.deportations++;
      } else if (random.nextDouble() < mp.departureRatePerWeek) {
        leave(model, i);
        tally.departures++;
      } else if (legalCaseEnds(model, i)) {
        leave(model, i);
        tally.regularisations++;
      } else if (status == LegalStatus.ASYLUM_SEEKER && random.nextDouble() < b.asylumDecisionPerWeek) {
        if (random.nextDouble() < b.asylumRecognitionShare) {
          leave(model, i);
          tally.regularisations++;
        } else {
          changeStatus(model, i, LegalStatus.REJECTED);
        }
      }
    }
    arrive(model);
  }

  /** Counts down a pending regularisation procedure; says whether it ended in success. */
  private static boolean legalCaseEnds(CityModel model, int i) {
    Migrants m = model.migrants();
    int weeks = m.legalCaseWeeks(i);
    if (weeks == 0) {
      return false;
    }
    m.setLegalCaseWeeks(i, weeks - 1);
    return weeks == 1 && model.random.nextDouble() < model.behaviour().regularisationSuccess;
  }

  /** A migrant leaves the simulation; its open needs are dropped from the ledger. */
  private static void leave(CityModel model, int i) {
    Migrants m = model.migrants();
    Ledger ledger = model.ledger();
    int status = m.statusIndex(i);
    for (int d = 0; d < Domain.COUNT; d++) {
      int units = m.units(i, d);
      if (units > 0) {
        ledger.dropped(status, d, units);
      }
    }
    m.remove(i);
  }

  private static void changeStatus(CityModel model, int i, LegalStatus to) {
    Migrants m = model.migrants();
    int from = m.statusIndex(i);
    for (int d = 0; d < Domain.COUNT; d++) {
      int units = m.units(i, d);
      if (units > 0) {
        model.ledger().transfer(from, to.ordinal(), d, units);
      }
    }
    m.setStatus(i, to);
  }

  private void arrive(CityModel model) {
    Params.MigrantParams mp = model.params().migrants;
    MersenneTwisterFast random = model.random;
    int regular = Draw.poisson(random, mp.arrivalsPerWeek * model.scale());
    int shock = model.week() < shockUntilWeek
        ? Draw.poisson(random, shockPerWeek * model.scale()) : 0;
    for (int k = 0; k < regular; k++) {
      addMigrant(model, drawStatus(random, mp.statusMix));
    }
    for (int k = 0; k < shock; k++) {
      addMigrant(model, shockStatus);
    }
    model.tally().arrivals += regular + shock;
  }

  public static LegalStatus drawStatus(MersenneTwisterFast random, double[] mix) {
    int s = Draw.roulette(random, mix, LegalStatus.SIMULATED);
    return LegalStatus.of(Math.max(0, s));
  }

  /**
   * A newcomer with fear and trust around the scenario's means; its contacts are one random
   * resident and that resident's contacts, so communities stay clustered.
   */
  public static int addMigrant(CityModel model, LegalStatus status) {
    Migrants m = model.migrants();
    Params.MigrantParams mp = model.params().migrants;
    MersenneTwisterFast random = model.random;
    double spread = model.behaviour().traitSpread;
    float fear = (float) Draw.clamp01(mp.initialFear + spread * (2 * random.nextDouble() - 1));
    float trust = (float) Draw.clamp01(mp.initialTrustCity + spread * (2 * random.nextDouble() - 1));
    int existing = m.size();
    int i = m.add(status, fear, trust);
    int contacts = m.contactsPerMigrant();
    if (existing > 0) {
      int anchor = random.nextInt(existing);
      for (int slot = 0; slot < contacts; slot++) {
        int other = slot == 0 ? anchor : m.contact(anchor, slot - 1);
        if (random.nextDouble() < model.behaviour().contactRewiring || other >= existing) {
          other = random.nextInt(existing);
        }
        m.setContact(i, slot, other);
      }
    }
    return i;
  }
}
