package org.gapfill.gui;

import java.util.ArrayList;
import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.Migrants;
import org.gapfill.model.network.ReferralNetwork;
import org.gapfill.model.network.Tie;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * The fields the display draws, rebuilt from the model after each week: providers on a plane
 * (public services in the centre, CSOs on a ring grouped by type), the referral ties between
 * them, and a sample of migrants near the provider of their last contact. It only reads the model
 * and never draws on {@code model.random}, so watching a run does not change it.
 */
public final class CityView {
  /** Width and height of the plane, in field units. */
  public static final double SIZE = 100;
  /** At most this many migrants are drawn (a sample: the first ones in the model's arrays). */
  public static final int MAX_MIGRANTS = 2000;
  private static final double PUBLIC_RING = 11;
  private static final double CSO_RING = 36;
  private static final double DOT_MIN_RADIUS = 2.5;
  private static final double DOT_SPREAD = 4;
  private static final Double2D NO_CONTACT = new Double2D(7, SIZE - 7);

  /** Providers, positioned; the objects are {@link ProviderNode}s. */
  public final Continuous2D providers = new Continuous2D(10, SIZE, SIZE);
  /** Referral ties between live providers; edge info is the tie strength (a Double). */
  public final Network referrals = new Network(false);
  /** The sampled migrants; the objects are {@link MigrantDot}s. */
  public final Continuous2D migrants = new Continuous2D(5, SIZE, SIZE);
  private final List<ProviderNode> nodes = new ArrayList<>();
  private final MigrantDot[] dots = new MigrantDot[MAX_MIGRANTS];
  private int dotsShown;

  /** Reads the model's week into the fields. */
  public void update(CityModel model) {
    if (nodes.size() != Domain.COUNT + model.csos().size()) {
      layOut(model);
    }
    referrals.clear();
    for (ProviderNode n : nodes) {
      n.update(model);
      if (n.alive()) {
        referrals.addNode(n);
      }
    }
    addTies(model.network());
    placeMigrants(model.migrants());
  }

  private void layOut(CityModel model) {
    nodes.clear();
    providers.clear();
    for (Domain d : Domain.values()) {
      ProviderNode n = new ProviderNode(ReferralNetwork.publicNode(d.ordinal()), null,
          "public " + d.word());
      nodes.add(n);
      providers.setObjectLocation(n, onCircle(PUBLIC_RING, d.ordinal(), Domain.COUNT));
    }
    List<Cso> byType = new ArrayList<>(model.csos());
    byType.sort((x, y) -> x.type != y.type ? x.type.compareTo(y.type)
        : Integer.compare(x.index, y.index));
    // One empty slot between type groups, so the three kinds read as three arcs.
    int slots = byType.size() + CsoType.values().length;
    int slot = 0;
    CsoType previous = null;
    for (Cso c : byType) {
      if (c.type != previous) {
        slot++;
        previous = c.type;
      }
      ProviderNode n = new ProviderNode(c.node(), c.type, c.name);
      providers.setObjectLocation(n, onCircle(CSO_RING, slot++, slots));
      nodes.add(n);
    }
    nodes.sort((x, y) -> Integer.compare(x.id, y.id));
  }

  private static Double2D onCircle(double radius, int k, int of) {
    double angle = 2 * Math.PI * k / of - Math.PI / 2;
    return new Double2D(SIZE / 2 + radius * Math.cos(angle), SIZE / 2 + radius * Math.sin(angle));
  }

  private void addTies(ReferralNetwork network) {
    for (Tie t : network.ties()) {
      if (!t.alive() || t.strength() < network.floor() || t.a >= nodes.size()
          || t.b >= nodes.size()) {
        continue;
      }
      ProviderNode a = nodes.get(t.a);
      ProviderNode b = nodes.get(t.b);
      if (a.alive() && b.alive()) {
        referrals.addEdge(a, b, t.strength());
      }
    }
  }

  private void placeMigrants(Migrants m) {
    int shown = Math.min(m.size(), MAX_MIGRANTS);
    for (int i = 0; i < shown; i++) {
      if (dots[i] == null) {
        dots[i] = new MigrantDot();
      }
      dots[i].needsMet = !hasOpenNeed(m, i);
      migrants.setObjectLocation(dots[i], near(m.lastProvider(i), m.id(i)));
    }
    for (int i = shown; i < dotsShown; i++) {
      migrants.remove(dots[i]);
    }
    dotsShown = shown;
  }

  private static boolean hasOpenNeed(Migrants m, int i) {
    for (int d = 0; d < Domain.COUNT; d++) {
      if (m.severity(i, d) > 0) {
        return true;
      }
    }
    return false;
  }

  /** A fixed spot for a migrant around a provider: the same person stays put week to week. */
  private Double2D near(int node, int migrantId) {
    Double2D centre = node >= 0 && node < nodes.size()
        ? providers.getObjectLocation(nodes.get(node)) : NO_CONTACT;
    long h = migrantId * 0x9E3779B97F4A7C15L;
    double angle = 2 * Math.PI * ((h >>> 11) & 0xFFFF) / 0x10000;
    double radius = DOT_MIN_RADIUS + DOT_SPREAD * ((h >>> 33) & 0xFFFF) / 0x10000;
    return new Double2D(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
  }

  /** The drawn providers, by node id. */
  public List<ProviderNode> nodes() {
    return nodes;
  }

  /** How many migrants are drawn. */
  public int migrantsShown() {
    return dotsShown;
  }
}
