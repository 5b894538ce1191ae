package org.gapfill.model.agent;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.gapfill.model.Behaviour;
import org.gapfill.model.CityModel;
import org.gapfill.model.Params;
import org.gapfill.model.Draw;

/**
 * A CSO's volunteers and their dynamics (DESIGN §1.5 step 7): weekly availability, dropout
 * from the annual retention raised by overload and lowered by motivation, recruitment, and
 * peer volunteers who were once helped here.
 */
public final class VolunteerPool implements java.io.Serializable {
  private static final double WEEKS_PER_YEAR = 52;

  private final Cso cso;
  private final List<Volunteer> members = new ArrayList<>();
  private int pendingPeers;

  VolunteerPool(Cso cso) {
    this.cso = cso;
  }

  public int size() {
    return members.size();
  }

  /** The volunteers (a view: do not modify). */
  public List<Volunteer> members() {
    return members;
  }

  /** Recruits one volunteer with a skill drawn from the CSO's mix. */
  public Volunteer recruit(CityModel model, boolean peer) {
    MersenneTwisterFast random = model.random;
    double[] mix = cso.p.volunteerSkills;
    int skill = peer ? pickPeerSkill(random) : Draw.roulette(random, mix, Skill.COUNT);
    if (skill < 0) {
      skill = Skill.GENERAL.ordinal();
    }
    Params.VolunteerParams vp = model.params().volunteers;
    double spread = model.behaviour().volunteerHoursSpread;
    double hours = vp.hoursPerWeekMean * (1 + spread * (2 * random.nextDouble() - 1));
    Volunteer v = new Volunteer(model.nextVolunteerId(), Skill.of(skill), hours, peer,
        model.behaviour().initialMotivation);
    members.add(v);
    return v;
  }

  private static int pickPeerSkill(MersenneTwisterFast random) {
    // Peer volunteers bring languages and everyday help ("recognised refugees" among
    // Deserteursberatung's counsellors, chapter §4.3).
    return random.nextBoolean() ? Skill.INTERPRETER.ordinal() : Skill.GENERAL.ordinal();
  }

  /** A migrant helped here will join as a peer volunteer this week. */
  void peerJoins() {
    pendingPeers++;
  }

  /**
   * Draws who is available this week and adds their hours by skill into {@code hours};
   * returns the total.
   */
  double drawHours(CityModel model, double[] hours, double factor) {
    java.util.Arrays.fill(hours, 0);
    double availability = model.params().volunteers.availability * model.seasonality();
    MersenneTwisterFast random = model.random;
    double total = 0;
    for (int k = 0, n = members.size(); k < n; k++) {
      Volunteer v = members.get(k);
      if (random.nextDouble() < availability) {
        double h = v.hoursPerWeek * factor;
        hours[v.skill.ordinal()] += h;
        total += h;
      }
    }
    return total;
  }

  /** The id of a random volunteer, to hold a new personal tie; −1 when there is none. */
  int randomHolder(MersenneTwisterFast random) {
    return members.isEmpty() ? -1 : members.get(random.nextInt(members.size())).id;
  }

  /**
   * VOLUNTEERS phase: motivation follows last week's work, each volunteer may leave, new ones
   * are recruited (Poisson with mean {@code recruitmentRate}) and peers join.
   */
  public void step(CityModel model, double recruitmentRate) {
    if (!cso.alive) {
      return;
    }
    updateMotivation(model.behaviour());
    dropOut(model);
    int recruits = Draw.poisson(model.random, recruitmentRate);
    for (int k = 0; k < recruits; k++) {
      recruit(model, false);
    }
    for (; pendingPeers > 0; pendingPeers--) {
      recruit(model, true);
    }
  }

  private void updateMotivation(Behaviour b) {
    CsoStats s = cso.stats;
    int cases = s.lastServed + s.lastTurnedAway;
    double delta = cases == 0 ? 0
        : b.motivationGain * s.lastServed / cases - b.motivationLoss * s.lastTurnedAway / cases;
    for (int k = 0, n = members.size(); k < n; k++) {
      Volunteer v = members.get(k);
      double reversion = b.motivationReversion * (b.initialMotivation - v.motivation);
      v.motivation = Draw.clamp01(v.motivation + delta + reversion);
      v.tenureWeeks++;
    }
  }

  /**
   * Weekly dropout hazard from the annual retention r: 1 − r^(1/52) (0.65 gives about 0.0084),
   * multiplied by overload (burnout cascades) and lowered by motivation.
   */
  private void dropOut(CityModel model) {
    Behaviour b = model.behaviour();
    double base = 1 - Math.pow(model.params().volunteers.annualRetention, 1.0 / WEEKS_PER_YEAR);
    double overload = Math.min(b.maxOverload, Math.max(0, cso.stats.lastUtilisation - 1));
    MersenneTwisterFast random = model.random;
    for (int k = members.size() - 1; k >= 0; k--) {
      Volunteer v = members.get(k);
      double hazard = base * (1 + b.burnoutFactor * overload)
          * Math.max(0, 1 - b.motivationEffect * (v.motivation - 0.5));
      if (random.nextDouble() < hazard) {
        remove(model, k);
      }
    }
  }

  /**
   * A volunteer leaves: the personal ties they held pass to someone else in the CSO with part
   * of their strength lost, or vanish when nobody is left.
   */
  public void remove(CityModel model, int k) {
    Volunteer v = members.get(k);
    int last = members.size() - 1;
    members.set(k, members.get(last));
    members.remove(last);
    model.tally().volunteersLeft++;
    int successor = randomHolder(model.random);
    model.network().holderLeft(cso.node(), v.id, model.behaviour().leaverTieLoss, successor,
        cso.professionalsFte > 0);
  }

  /** Everyone leaves (the CSO closed). */
  void disperse(CityModel model) {
    for (int k = members.size() - 1; k >= 0; k--) {
      remove(model, k);
    }
    pendingPeers = 0;
  }
}
