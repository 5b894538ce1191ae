package org.gapfill.model.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gapfill.model.CityModel;

/**
 * The scenario's events in week order, applied in the POLICY phase of their week; events of the
 * same week apply in the order the scenario lists them.
 */
public final class PolicyTimeline implements java.io.Serializable {
  private final List<PolicyEvent> events;
  private int next;

  public PolicyTimeline(List<PolicyEvent> events) {
    this.events = new ArrayList<>(events);
    this.events.sort(Comparator.comparingInt(PolicyEvent::at));
  }

  /** Applies every event due this week, logging each. */
  public void step(CityModel model) {
    int week = model.week();
    while (next < events.size() && events.get(next).at() <= week) {
      PolicyEvent e = events.get(next++);
      model.log(e.type(), e.apply(model));
    }
  }

  /** Applies an event now, outside the timeline (a teacher's button, a test). */
  public static void applyNow(CityModel model, PolicyEvent e) {
    model.log(e.type(), e.apply(model));
  }

  /** The events, in week order. */
  public List<PolicyEvent> events() {
    return List.copyOf(events);
  }
}
