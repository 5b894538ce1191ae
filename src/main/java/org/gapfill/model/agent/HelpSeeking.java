package org.gapfill.model.agent;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.gapfill.model.Behaviour;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Draw;
import org.gapfill.model.Eligibility;

/**
 * HELP_SEEKING phase (DESIGN §1.5 step 3): for each open need a migrant may seek help, with a
 * probability that rises with severity and waiting and falls with fear, at a public office it
 * believes it may use, at a CSO it knows, or, knowing none, it asks its contacts.
 */
public final class HelpSeeking implements java.io.Serializable {
  private static final int PUBLIC = Migrants.KNOWN_SLOTS;
  private static final int HEALTH = Domain.HEALTH.ordinal();

  private final double[] weights = new double[Migrants.KNOWN_SLOTS + 1];
  private int[] order = new int[0];

  /** Walks the migrants in a fresh random order, so no one is always first in the queues. */
  public void step(CityModel model) {
    Migrants m = model.migrants();
    int n = m.size();
    if (order.length < n) {
      order = new int[Math.max(n, order.length * 2)];
    }
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    MersenneTwisterFast random = model.random;
    Draw.shuffle(random, order, n);
    Behaviour b = model.behaviour();
    for (int k = 0; k < n; k++) {
      int i = order[k];
      int kept = keepAppointment(model, i);
      double fearBrake = 1 - b.fearDeterrence * m.fear(i);
      for (int d = 0; d < Domain.COUNT; d++) {
        if (m.severity(i, d) == 0 || d == kept) {
          continue;
        }
        double p = Math.min(1, b.seekPerNeedUnit * m.units(i, d)
            + b.seekPerWeekWaiting * m.waitWeeks(i, d)) * fearBrake;
        if (random.nextDouble() < p) {
          seek(model, i, d);
        }
      }
    }
  }

  /**
   * A follow-up appointment is kept without weighing options: the migrant returns to the CSO
   * that asked it back. Returns the domain it covered, or −1.
   */
  private static int keepAppointment(CityModel model, int i) {
    Migrants m = model.migrants();
    int k = m.appointment(i);
    if (k < 0) {
      return -1;
    }
    m.setAppointment(i, -1);
    Cso c = model.cso(k);
    if (!c.alive || m.severity(i, HEALTH) == 0) {
      return -1;
    }
    c.enqueueFollowUp(i, HEALTH);
    m.setLastProvider(i, c.node());
    return HEALTH;
  }

  private void seek(CityModel model, int i, int d) {
    Migrants m = model.migrants();
    double publicWeight = publicWeight(model, i, d);
    boolean knowsCso = fillCsoWeights(model, i, d);
    if (!knowsCso && learnFromOthers(model, i)) {
      knowsCso = fillCsoWeights(model, i, d);
    }
    weights[PUBLIC] = publicWeight;
    int choice = Draw.roulette(model.random, weights, weights.length);
    if (choice < 0) {
      return;
    }
    if (choice == PUBLIC) {
      goToOffice(model, i, d);
    } else {
      Cso c = model.cso(m.knownCso(i, choice));
      c.enqueue(i, d);
      m.setLastProvider(i, c.node());
    }
  }

  /**
   * The weight of the public office: zero unless the migrant believes it may be served there;
   * trust in the city, damped by fear of the office and, for people without residence right, by
   * a reporting duty (Bern's Meldepflicht, chapter §4.2).
   */
  private static double publicWeight(CityModel model, int i, int d) {
    Municipality city = model.municipality();
    Migrants m = model.migrants();
    int status = m.statusIndex(i);
    if (city.effectiveEligibility(status, d) == Eligibility.EXCLUDED) {
      return 0;
    }
    Behaviour b = model.behaviour();
    double fear = m.fear(i) * (city.municipalId() ? 1 - b.municipalIdFearRelief : 1);
    double w = m.trustCity(i) * Math.max(0, 1 - b.publicFearWeight * fear);
    if (city.reportingDuty() && m.status(i).deportable()) {
      w *= b.reportingDeterrence;
    }
    return w;
  }

  private boolean fillCsoWeights(CityModel model, int i, int d) {
    Migrants m = model.migrants();
    boolean any = false;
    for (int slot = 0; slot < Migrants.KNOWN_SLOTS; slot++) {
      int k = m.knownCso(i, slot);
      weights[slot] = 0;
      if (k >= 0) {
        Cso c = model.cso(k);
        if (c.alive && c.accepts(d)) {
          weights[slot] = m.knownTrust(i, slot);
          any |= weights[slot] > 0;
        }
      }
    }
    return any;
  }

  /**
   * Word of mouth: a contact shares the CSO it trusts most; failing that, the migrant may come
   * across a visible CSO on its own.
   */
  private static boolean learnFromOthers(CityModel model, int i) {
    Migrants m = model.migrants();
    Behaviour b = model.behaviour();
    MersenneTwisterFast random = model.random;
    int contacts = m.contactsPerMigrant();
    if (contacts > 0 && random.nextDouble() < b.wordOfMouthChance) {
      int friend = m.contact(i, random.nextInt(contacts));
      if (friend < m.size()) {
        int best = -1;
        float bestTrust = 0;
        for (int slot = 0; slot < Migrants.KNOWN_SLOTS; slot++) {
          int k = m.knownCso(friend, slot);
          if (k >= 0 && model.cso(k).alive && m.knownTrust(friend, slot) > bestTrust) {
            best = k;
            bestTrust = m.knownTrust(friend, slot);
          }
        }
        if (best >= 0) {
          m.learn(i, best, model.cso(best).p.initialTrust);
          return true;
        }
      }
    }
    List<Cso> csos = model.csos();
    if (csos.isEmpty()) {
      return false;
    }
    Cso c = csos.get(random.nextInt(csos.size()));
    if (c.alive && random.nextDouble() < b.discoveryChance * c.p.visibility) {
      m.learn(i, c.index, c.p.initialTrust);
      return true;
    }
    return false;
  }

  /**
   * A direct request at a public office; under a reporting duty it frightens people without
   * residence right and carries a small risk of detection.
   */
  private static void goToOffice(CityModel model, int i, int d) {
    Municipality city = model.municipality();
    Migrants m = model.migrants();
    city.service(d).requests.add(i);
    m.setLastProvider(i, d);
    model.tally().publicContacts++;
    if (city.reportingDuty() && m.status(i).deportable()) {
      Behaviour b = model.behaviour();
      double relief = city.municipalId() ? 1 - b.municipalIdFearRelief : 1;
      m.setFear(i, m.fear(i) + b.reportingFearRise * relief);
      if (model.random.nextDouble() < b.detectionRisk * relief) {
        m.markDetected(i);
      }
    }
  }
}
