package org.gapfill.model.network;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.gapfill.model.Domain;
import org.gapfill.model.agent.TieHolder;

/**
 * The referral network: public services and CSOs joined by ties (DESIGN §1.3). Node ids are
 * the domain ordinal for a public service and {@code Domain.COUNT + k} for CSO k. Ties weaker
 * than the floor are dropped and never part of the network.
 */
public final class ReferralNetwork implements java.io.Serializable {
  private final List<Tie> ties = new ArrayList<>();
  private final List<List<Tie>> byNode = new ArrayList<>();
  private final double floor;
  private int lostThisWeek;

  public ReferralNetwork(double floor) {
    this.floor = floor;
    for (int d = 0; d < Domain.COUNT; d++) {
      byNode.add(new ArrayList<>());
    }
  }

  /** The node id of the public service of a domain. */
  public static int publicNode(int domain) {
    return domain;
  }

  /** The node id of CSO k. */
  public static int csoNode(int cso) {
    return Domain.COUNT + cso;
  }

  /** Whether a node id is a public service. */
  public static boolean isPublic(int node) {
    return node < Domain.COUNT;
  }

  /** Makes room for CSO k's node. */
  public void ensureNode(int node) {
    while (byNode.size() <= node) {
      byNode.add(new ArrayList<>());
    }
  }

  public double floor() {
    return floor;
  }

  /** The live tie between two nodes, or null. */
  public Tie find(int x, int y) {
    if (x >= byNode.size()) {
      return null;
    }
    List<Tie> list = byNode.get(x);
    for (int k = 0, n = list.size(); k < n; k++) {
      Tie t = list.get(k);
      if (t.alive && t.joins(x, y)) {
        return t;
      }
    }
    return null;
  }

  /** The live ties of a node (a view: do not modify). */
  public List<Tie> tiesOf(int node) {
    return byNode.get(node);
  }

  /** Every tie ever formed that is still alive or not yet compacted away. */
  public List<Tie> ties() {
    return ties;
  }

  /** Number of live ties. */
  public int liveTies() {
    int n = 0;
    for (int k = 0, size = ties.size(); k < size; k++) {
      if (ties.get(k).alive) {
        n++;
      }
    }
    return n;
  }

  /** Adds a tie, or strengthens the existing one to at least {@code strength}. */
  public Tie connect(int x, int y, double strength, TieHolder holder, int holderVolunteer,
      int week) {
    if (x == y || strength < floor) {
      return null;
    }
    Tie t = find(x, y);
    if (t != null) {
      t.strength = Math.min(1, Math.max(t.strength, strength));
      t.lastUsedWeek = week;
      return t;
    }
    ensureNode(Math.max(x, y));
    t = new Tie(x, y, Math.min(1, strength), holder, holderVolunteer, week);
    ties.add(t);
    byNode.get(x).add(t);
    byNode.get(y).add(t);
    return t;
  }

  /** A tie used with success grows stronger. */
  public void strengthen(Tie t, double amount, int week) {
    t.strength = Math.min(1, t.strength + amount);
    t.lastUsedWeek = week;
  }

  /** A tie used without success, or whose holder left, grows weaker; below the floor it is lost. */
  public void weaken(Tie t, double amount) {
    t.strength -= amount;
    if (t.strength < floor) {
      kill(t);
    }
  }

  /**
   * A volunteer left: the personal ties they held lose a share of their strength and pass to
   * {@code successor} (another volunteer of the CSO), to staff when there is no successor but
   * there are staff, or are lost when the CSO has nobody to carry them.
   */
  public void holderLeft(int node, int volunteerId, double loss, int successor, boolean hasStaff) {
    List<Tie> list = byNode.get(node);
    for (int k = list.size() - 1; k >= 0; k--) {
      Tie t = list.get(k);
      if (!t.alive || t.holder != TieHolder.VOLUNTEER || t.holderVolunteer != volunteerId) {
        continue;
      }
      if (successor >= 0) {
        t.holderVolunteer = successor;
      } else if (hasStaff) {
        t.holder = TieHolder.STAFF;
        t.holderVolunteer = -1;
      } else {
        kill(t);
        continue;
      }
      weaken(t, t.strength * loss);
    }
  }

  /** Laid-off staff take a share of the staff-held ties' strength with them. */
  public void staffLeft(int node, double shareLeaving, double loss, MersenneTwisterFast random) {
    List<Tie> list = byNode.get(node);
    for (int k = list.size() - 1; k >= 0; k--) {
      Tie t = list.get(k);
      if (t.alive && t.holder == TieHolder.STAFF && random.nextDouble() < shareLeaving) {
        weaken(t, t.strength * loss);
      }
    }
  }

  /** A node closes: all its ties vanish. */
  public void removeNode(int node) {
    if (node >= byNode.size()) {
      return;
    }
    List<Tie> list = byNode.get(node);
    for (int k = list.size() - 1; k >= 0; k--) {
      kill(list.get(k));
    }
  }

  /**
   * The weekly TIES step: ties not used this week decay (formal ties four times slower by
   * default); dead ties are compacted away. Returns ties lost this week.
   */
  public int decay(int week, double perWeek, double orgFactor) {
    for (int k = 0, n = ties.size(); k < n; k++) {
      Tie t = ties.get(k);
      if (t.alive && t.lastUsedWeek < week) {
        weaken(t, t.holder == TieHolder.ORG ? perWeek * orgFactor : perWeek);
      }
    }
    compact();
    int lost = lostThisWeek;
    lostThisWeek = 0;
    return lost;
  }

  private void kill(Tie t) {
    if (t.alive) {
      t.alive = false;
      lostThisWeek++;
    }
  }

  private void compact() {
    ties.removeIf(t -> !t.alive);
    for (List<Tie> list : byNode) {
      list.removeIf(t -> !t.alive);
    }
  }
}
