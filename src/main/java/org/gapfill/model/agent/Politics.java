package org.gapfill.model.agent;

import org.gapfill.model.CityModel;
import org.gapfill.model.Params;

/**
 * The optional political feedback of DESIGN §1.5 step 6: CSO advocacy and visible hardship
 * build pressure that decays; an inclusive city answers pressure above a threshold with more
 * grants and discretion after a lag (AmberMed's public campaign for funding), and elections
 * may flip the stance ("much depends on ... some progressive leaders, who may also at some
 * point be replaced", chapter §4.2).
 */
public final class Politics implements java.io.Serializable {
  private final Params.PoliticsParams p;
  private boolean inclusive;
  private double pressure;
  private int responseWeek = -1;

  Politics(Params.PoliticsParams p) {
    this.p = p;
    this.inclusive = p.inclusive;
  }

  public boolean enabled() {
    return p.enabled;
  }

  public boolean inclusive() {
    return inclusive;
  }

  public double pressure() {
    return pressure;
  }

  /** POLITICS phase: accumulate, respond when due, hold elections. */
  public void step(CityModel model) {
    if (!p.enabled) {
      return;
    }
    int week = model.week();
    pressure = pressure * (1 - p.pressureDecayPerWeek)
        + p.pressurePerAdvocacyHour * model.tally().weightedAdvocacyHours
        + p.pressurePerCriticalUnit * model.ledger().totalCritical();
    if (inclusive && responseWeek < 0 && pressure > p.threshold) {
      responseWeek = week + p.lagWeeks;
    }
    if (week == responseWeek) {
      respond(model);
    }
    if (p.electionEveryWeeks > 0 && week > 0 && week % p.electionEveryWeeks == 0
        && model.random.nextDouble() < p.stanceFlipChance) {
      inclusive = !inclusive;
      responseWeek = -1;
      model.log("election", inclusive ? "stance became inclusive" : "stance became restrictive");
    }
  }

  private void respond(CityModel model) {
    responseWeek = -1;
    pressure = 0;
    if (!inclusive) {
      return;
    }
    for (Cso c : model.csos()) {
      if (c.alive() && c.grantPerWeek() > 0) {
        c.setGrantPerWeek(c.grantPerWeek() * (1 + p.grantRaise));
      }
    }
    Municipality m = model.municipality();
    m.setDiscretion(Math.min(1, m.discretion() + p.discretionRaise));
    model.log("politicalResponse", "grants and discretion raised after sustained pressure");
  }
}
