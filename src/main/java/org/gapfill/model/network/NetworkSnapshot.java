package org.gapfill.model.network;

import java.util.List;
import org.gapfill.model.agent.TieHolder;

/**
 * The referral network of one week as a plain graph, and the network metrics computed on it
 * (DESIGN §1.7). Snapshots written to result folders are these very objects, so a saved graph
 * is exactly the one its week's metrics were computed on.
 */
public final class NetworkSnapshot implements java.io.Serializable {
  public final int week;
  /** Node ids of the live nodes, ascending; graph index i is node {@code nodes[i]}. */
  public final int[] nodes;
  /** Ties at or above the floor between live nodes, as node ids. */
  public final int[] edgeA;
  public final int[] edgeB;
  public final double[] strength;
  public final TieHolder[] holder;
  public final double giantComponent;
  public final double robustness;
  public final int articulationPoints;
  public final boolean[] isArticulationPoint;
  public final double triageReach;
  public final double keyPersonDependency;
  public final double fragility;

  private NetworkSnapshot(int week, int[] nodes, int[] edgeA, int[] edgeB, double[] strength,
      TieHolder[] holder, int[] pairFrom, int[] pairTo, int pairs) {
    this.week = week;
    this.nodes = nodes;
    this.edgeA = edgeA;
    this.edgeB = edgeB;
    this.strength = strength;
    this.holder = holder;
    int[] index = indexOf(nodes);
    int m = edgeA.length;
    int[] a = new int[m];
    int[] b = new int[m];
    double total = 0;
    double personal = 0;
    for (int e = 0; e < m; e++) {
      a[e] = index[edgeA[e]];
      b[e] = index[edgeB[e]];
      total += strength[e];
      if (holder[e] != TieHolder.ORG) {
        personal += strength[e];
      }
    }
    int[][] adj = Fragility.adjacency(nodes.length, a, b, m);
    giantComponent = Fragility.giantComponentShare(adj);
    robustness = Fragility.schneiderRobustness(adj);
    isArticulationPoint = Fragility.articulationPoints(adj);
    articulationPoints = Fragility.articulationPointCount(adj);
    for (int p = 0; p < pairs; p++) {
      pairFrom[p] = index[pairFrom[p]];
      pairTo[p] = index[pairTo[p]];
    }
    triageReach = Fragility.pairReach(adj, pairFrom, pairTo, pairs);
    keyPersonDependency = total == 0 ? 0 : personal / total;
    fragility = 1 - Math.min(1, 2 * robustness) * triageReach;
  }

  /**
   * Takes the snapshot of a network.
   *
   * @param nodeAlive whether each node id is part of the network this week
   * @param pairs the (CSO node, public service node) pairs whose connection triage reach measures
   */
  public static NetworkSnapshot take(int week, ReferralNetwork network, boolean[] nodeAlive,
      List<int[]> pairs) {
    int count = 0;
    for (boolean alive : nodeAlive) {
      if (alive) {
        count++;
      }
    }
    int[] nodes = new int[count];
    for (int id = 0, k = 0; id < nodeAlive.length; id++) {
      if (nodeAlive[id]) {
        nodes[k++] = id;
      }
    }
    List<Tie> ties = network.ties();
    int m = 0;
    for (Tie t : ties) {
      if (included(t, network.floor(), nodeAlive)) {
        m++;
      }
    }
    int[] a = new int[m];
    int[] b = new int[m];
    double[] s = new double[m];
    TieHolder[] h = new TieHolder[m];
    int e = 0;
    for (Tie t : ties) {
      if (included(t, network.floor(), nodeAlive)) {
        a[e] = Math.min(t.a, t.b);
        b[e] = Math.max(t.a, t.b);
        s[e] = t.strength;
        h[e] = t.holder;
        e++;
      }
    }
    int[] from = new int[pairs.size()];
    int[] to = new int[pairs.size()];
    int p = 0;
    for (int[] pair : pairs) {
      if (pair[0] < nodeAlive.length && pair[1] < nodeAlive.length
          && nodeAlive[pair[0]] && nodeAlive[pair[1]]) {
        from[p] = pair[0];
        to[p] = pair[1];
        p++;
      }
    }
    return new NetworkSnapshot(week, nodes, a, b, s, h, from, to, p);
  }

  private static boolean included(Tie t, double floor, boolean[] alive) {
    return t.alive && t.strength >= floor && t.a < alive.length && t.b < alive.length
        && alive[t.a] && alive[t.b];
  }

  private static int[] indexOf(int[] nodes) {
    int max = nodes.length == 0 ? 0 : nodes[nodes.length - 1];
    int[] index = new int[max + 1];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < nodes.length; i++) {
      index[nodes[i]] = i;
    }
    return index;
  }
}
