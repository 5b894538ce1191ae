package org.gapfill.gui;

import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.PublicService;
import org.gapfill.model.network.ReferralNetwork;

/** A node of the drawn referral network: a public service or a CSO, with its load this week. */
public final class ProviderNode {
  /** The model's network node id (0..5 public services by domain, 6 + k CSO k). */
  public final int id;
  /** The CSO's type, or null for a public service. */
  public final CsoType type;
  private final String label;
  private double utilisation;
  private boolean alive = true;

  ProviderNode(int id, CsoType type, String label) {
    this.id = id;
    this.type = type;
    this.label = label;
  }

  /** Reads this week's utilisation (hours demanded / available) and whether the node lives. */
  void update(CityModel model) {
    if (type == null) {
      PublicService s = model.municipality().service(id);
      double capacity = s.capacityHoursPerWeek();
      utilisation = capacity <= 0 ? 0 : s.hoursUsed() / capacity;
    } else {
      Cso c = model.cso(id - Domain.COUNT);
      alive = c.alive();
      utilisation = c.stats().lastUtilisation;
    }
  }

  public boolean isPublic() {
    return ReferralNetwork.isPublic(id);
  }

  public double utilisation() {
    return utilisation;
  }

  public boolean alive() {
    return alive;
  }

  @Override
  public String toString() {
    return label;
  }
}
