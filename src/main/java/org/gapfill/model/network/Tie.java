package org.gapfill.model.network;

import org.gapfill.model.agent.TieHolder;

/**
 * A referral tie between two network nodes (a CSO and a public service, or two CSOs), with a
 * strength in [0,1] and its holder: the organisation itself, or the person who built it.
 */
public final class Tie implements java.io.Serializable {
  /** Node ids: public services are 0..5 (by domain), CSO k is 6 + k. */
  public final int a;
  public final int b;
  double strength;
  TieHolder holder;
  /** The volunteer holding it, when the holder is a volunteer; −1 otherwise. */
  int holderVolunteer;
  int lastUsedWeek;
  boolean alive = true;

  Tie(int a, int b, double strength, TieHolder holder, int holderVolunteer, int week) {
    this.a = a;
    this.b = b;
    this.strength = strength;
    this.holder = holder;
    this.holderVolunteer = holderVolunteer;
    this.lastUsedWeek = week;
  }

  public double strength() {
    return strength;
  }

  public TieHolder holder() {
    return holder;
  }

  public int holderVolunteer() {
    return holderVolunteer;
  }

  public boolean alive() {
    return alive;
  }

  /** The node at the other end from {@code node}. */
  public int other(int node) {
    return node == a ? b : a;
  }

  public boolean joins(int x, int y) {
    return (a == x && b == y) || (a == y && b == x);
  }
}
