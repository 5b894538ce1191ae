package org.gapfill.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.Migrants;
import org.gapfill.model.agent.Municipality;
import org.gapfill.model.agent.Population;
import org.gapfill.model.agent.TieHolder;
import org.gapfill.model.network.ReferralNetwork;
import org.gapfill.model.policy.PolicyTimeline;

/**
 * Builds a city at week 0 from its parameters (organisations, volunteers, ties, migrants and
 * their first needs), and forms new ties through networking each week.
 */
final class CityBuilder {
  private CityBuilder() {
  }

  static void build(CityModel model) {
    Params p = model.params();
    int initial = (int) Math.round(p.migrants.initial * p.scale);
    Migrants migrants = new Migrants(initial, p.migrants.contactsPerMigrant);
    model.setUp(migrants, new Municipality(p.municipality, p.scale),
        new ReferralNetwork(p.behaviour.tieFloor), new PolicyTimeline(p.events));
    for (CsoParams c : p.csos) {
      addCso(model, c.copy());
    }
    if (!p.ties.isEmpty()) {
      namedTies(model, p.ties);
    } else {
      generatedCsoTies(model);
    }
    populate(model, initial);
  }

  /** A CSO joins with its volunteers and, unless the scenario names ties, its typical public ties. */
  static Cso addCso(CityModel model, CsoParams p) {
    List<Cso> csos = model.csos();
    Cso c = new Cso(csos.size(), p, model.scale(), model.week());
    csos.add(c);
    model.network().ensureNode(c.node());
    int volunteers = (int) Math.round(p.volunteers * model.scale());
    for (int k = 0; k < volunteers; k++) {
      c.volunteers().recruit(model, false);
    }
    if (model.params().ties.isEmpty() || model.week() > 0) {
      generatedPublicTies(model, c);
    }
    return c;
  }

  private static void generatedPublicTies(CityModel model, Cso c) {
    CsoParams p = c.params();
    MersenneTwisterFast random = model.random;
    for (Domain d : p.domains) {
      if (random.nextDouble() < p.publicTieChance) {
        model.network().connect(c.node(), ReferralNetwork.publicNode(d.ordinal()),
            p.publicTieStrength, holderKind(c), holderId(model, c), model.week());
      }
    }
  }

  private static void generatedCsoTies(CityModel model) {
    List<Cso> csos = model.csos();
    double chance = model.behaviour().initialCsoTieChance;
    for (int x = 0; x < csos.size(); x++) {
      for (int y = x + 1; y < csos.size(); y++) {
        Cso a = csos.get(x);
        Cso b = csos.get(y);
        if (shareDomain(a, b) && model.random.nextDouble() < chance) {
          model.network().connect(a.node(), b.node(), model.behaviour().initialCsoTieStrength,
              holderKind(a), holderId(model, a), 0);
        }
      }
    }
  }

  private static boolean shareDomain(Cso a, Cso b) {
    for (Domain d : a.params().domains) {
      if (b.serves(d.ordinal())) {
        return true;
      }
    }
    return false;
  }

  private static void namedTies(CityModel model, List<Params.TieParams> ties) {
    for (Params.TieParams t : ties) {
      int a = node(model, t.from);
      int b = node(model, t.to);
      if (a < 0 || b < 0) {
        throw new IllegalArgumentException("tie names an unknown node: " + t.from + " - " + t.to);
      }
      int holderId = -1;
      if (t.holder == TieHolder.VOLUNTEER) {
        Cso c = model.cso((ReferralNetwork.isPublic(a) ? b : a) - Domain.COUNT);
        holderId = c.volunteers().size() == 0 ? -1
            : c.volunteers().members().get(model.random.nextInt(c.volunteers().size())).id;
      }
      model.network().connect(a, b, t.strength, t.holder, holderId, 0);
    }
  }

  /** The node of a CSO name or of {@code public.DOMAIN}; −1 when there is none. */
  static int node(CityModel model, String name) {
    if (name.startsWith("public.")) {
      Domain d = Domain.fromWord(name.substring("public.".length()));
      return d == null ? -1 : ReferralNetwork.publicNode(d.ordinal());
    }
    for (Cso c : model.csos()) {
      if (c.name.equals(name)) {
        return c.node();
      }
    }
    return -1;
  }

  private static TieHolder holderKind(Cso c) {
    TieHolder h = c.params().publicTieHolder;
    if (h == TieHolder.VOLUNTEER && c.volunteers().size() == 0) {
      return c.professionalsFte() > 0 ? TieHolder.STAFF : TieHolder.ORG;
    }
    if (h == TieHolder.STAFF && c.professionalsFte() <= 0) {
      return TieHolder.ORG;
    }
    return h;
  }

  private static int holderId(CityModel model, Cso c) {
    if (holderKind(c) != TieHolder.VOLUNTEER) {
      return -1;
    }
    return c.volunteers().members().get(model.random.nextInt(c.volunteers().size())).id;
  }

  /**
   * The initial migrants with a small-world contact graph; needs are opened as if they had
   * been arising for a few weeks, and some migrants already know a CSO (drawn by visibility).
   */
  private static void populate(CityModel model, int initial) {
    Params p = model.params();
    Migrants m = model.migrants();
    MersenneTwisterFast random = model.random;
    Behaviour b = model.behaviour();
    for (int k = 0; k < initial; k++) {
      int i = Population.addMigrant(model, Population.drawStatus(random, p.migrants.statusMix));
      for (int d = 0; d < Domain.COUNT; d++) {
        if (random.nextDouble() < Math.min(1, p.migrants.needRatesPerWeek[d] * b.initialOpenWeeks)) {
          m.setSeverity(i, d, 1);
        }
      }
    }
    m.wireSmallWorld(0, b.contactRewiring, random);
    List<Cso> csos = model.csos();
    double[] visibility = new double[csos.size()];
    for (int k = 0; k < visibility.length; k++) {
      visibility[k] = csos.get(k).params().visibility;
    }
    for (int i = 0; i < m.size(); i++) {
      if (random.nextDouble() < b.initialKnowsCsoChance) {
        int k = Draw.roulette(random, visibility, visibility.length);
        if (k >= 0) {
          m.learn(i, k, csos.get(k).params().initialTrust);
        }
      }
    }
  }

  /**
   * Networking (DESIGN §1.5 step 8): each week a CSO may form or renew a tie, to the public
   * service of a domain it serves or to another CSO. Institutional CSOs network most and
   * formalise their ties; volunteer doctors of civic CSOs build personal ties to hospitals.
   */
  static void networking(CityModel model) {
    MersenneTwisterFast random = model.random;
    List<Cso> csos = model.csos();
    ReferralNetwork network = model.network();
    Behaviour b = model.behaviour();
    for (Cso c : csos) {
      if (!c.alive() || random.nextDouble() >= c.params().networkingPerWeek) {
        continue;
      }
      int target;
      if (random.nextBoolean() && !c.params().domains.isEmpty()) {
        Domain[] ds = c.params().domains.toArray(new Domain[0]);
        target = ReferralNetwork.publicNode(ds[random.nextInt(ds.length)].ordinal());
      } else {
        Cso other = csos.get(random.nextInt(csos.size()));
        if (other == c || !other.alive()) {
          continue;
        }
        target = other.node();
      }
      var tie = network.find(c.node(), target);
      if (tie != null) {
        network.strengthen(tie, b.tieGain, model.week());
      } else {
        TieHolder kind = c.type == CsoType.INSTITUTIONAL ? TieHolder.ORG : holderKind(c);
        network.connect(c.node(), target, b.newTieStrength, kind,
            kind == TieHolder.VOLUNTEER ? holderId(model, c) : -1, model.week());
      }
    }
  }
}
