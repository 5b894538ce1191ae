package org.gapfill.gui;

import java.awt.GridLayout;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JPanel;
import org.gapfill.model.CityModel;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.Skill;
import org.gapfill.model.network.Tie;
import org.gapfill.model.policy.PolicyEvent;

/**
 * The shock buttons: common policy events a teacher applies with one click, each queued like a
 * lever change and applied before the next week. Sizes follow the shipped scenarios.
 */
final class Shocks {
  /** "Cut civic grants 30%". */
  static final double CIVIC_GRANT_CUT = 0.3;
  /** Share of medical volunteers leaving, as in volunteer-exodus.yaml. */
  static final double MEDICAL_LEAVING = 0.5;
  /** The first lockdown of lockdown-2020.yaml: 8 weeks, offices at half, CSOs at 60%. */
  static final int LOCKDOWN_WEEKS = 8;
  static final double LOCKDOWN_PUBLIC = 0.5;
  static final double LOCKDOWN_CSO = 0.6;

  private Shocks() {
  }

  static void cutCivicGrants(CityModelWithUI ui) {
    ui.levers().cutGrants(CsoType.CIVIC, CIVIC_GRANT_CUT);
  }

  static void medicalVolunteersLeave(CityModelWithUI ui) {
    ui.queue(null, null, m -> new PolicyEvent.VolunteerShock(m.week(), MEDICAL_LEAVING,
        Set.of(Skill.MEDICAL), "all"));
  }

  static void lockdown(CityModelWithUI ui) {
    ui.queue(null, null, m -> new PolicyEvent.Lockdown(m.week(), LOCKDOWN_WEEKS,
        LOCKDOWN_PUBLIC, LOCKDOWN_CSO));
  }

  /** Closes the broker: the live CSO with the most referral ties. */
  static void removeBroker(CityModelWithUI ui) {
    ui.queue(null, null, m -> new PolicyEvent.CsoExit(m.week(), broker(m)));
  }

  /** The name of the live CSO with the most live ties at or above the floor ("" when none). */
  static String broker(CityModel model) {
    String best = "";
    int most = -1;
    for (Cso c : model.csos()) {
      if (!c.alive()) {
        continue;
      }
      int ties = 0;
      for (Tie t : model.network().tiesOf(c.node())) {
        if (t.alive() && t.strength() >= model.network().floor()) {
          ties++;
        }
      }
      if (ties > most) {
        most = ties;
        best = c.name;
      }
    }
    return best;
  }

  /** One button per shock. */
  static JPanel panel(CityModelWithUI ui) {
    JPanel row = new JPanel(new GridLayout(2, 2, 4, 2));
    row.add(button("Cut civic grants 30%", () -> cutCivicGrants(ui)));
    row.add(button("Medical volunteers leave", () -> medicalVolunteersLeave(ui)));
    row.add(button("Lockdown 8 weeks", () -> lockdown(ui)));
    row.add(button("Remove the broker", () -> removeBroker(ui)));
    return row;
  }

  private static JButton button(String text, Runnable action) {
    JButton b = new JButton(text);
    b.addActionListener(e -> action.run());
    return b;
  }
}
