package org.gapfill.gui;

import java.awt.BorderLayout;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import org.gapfill.model.Params;
import org.gapfill.model.policy.PolicyEvent;
import org.gapfill.scenario.ScenarioError;
import org.gapfill.scenario.ScenarioException;
import org.gapfill.scenario.ScenarioLoader;

/**
 * The scenario's own events, to apply now rather than in their planned week, and opening
 * another scenario file: both from a row under the shock buttons.
 */
final class ScenarioEvents {
  private ScenarioEvents() {
  }

  /** The same event, moved to another week (events that last use their week as a start). */
  static PolicyEvent redated(PolicyEvent e, int week) {
    try {
      RecordComponent[] parts = e.getClass().getRecordComponents();
      Class<?>[] types = new Class<?>[parts.length];
      Object[] values = new Object[parts.length];
      for (int k = 0; k < parts.length; k++) {
        types[k] = parts[k].getType();
        values[k] = parts[k].getName().equals("at") ? week : parts[k].getAccessor().invoke(e);
      }
      Constructor<?> c = e.getClass().getDeclaredConstructor(types);
      return (PolicyEvent) c.newInstance(values);
    } catch (ReflectiveOperationException x) {
      throw new IllegalStateException("cannot move " + e + " to week " + week, x);
    }
  }

  /** Queues event {@code index} of the scenario, applied before the next week. */
  static void applyNow(CityModelWithUI ui, int index) {
    List<PolicyEvent> events = ui.scenarioEvents();
    if (index >= 0 && index < events.size()) {
      PolicyEvent e = events.get(index);
      ui.queue(null, null, m -> redated(e, m.week()));
    }
  }

  static String label(PolicyEvent e) {
    return e.type() + " (planned for week " + e.at() + ")";
  }

  /** A menu of the scenario's events with an "Apply now" button, and "Open scenario…". */
  static JPanel panel(CityModelWithUI ui) {
    JComboBox<String> menu = new JComboBox<>();
    Runnable fill = () -> {
      menu.removeAllItems();
      for (PolicyEvent e : ui.scenarioEvents()) {
        menu.addItem(label(e));
      }
    };
    fill.run();
    JButton apply = new JButton("Apply now");
    apply.addActionListener(a -> applyNow(ui, menu.getSelectedIndex()));
    JButton open = new JButton("Open scenario…");
    open.addActionListener(a -> {
      open(ui, open);
      fill.run();
    });
    JPanel row = new JPanel(new BorderLayout(4, 0));
    row.add(open, BorderLayout.WEST);
    row.add(menu, BorderLayout.CENTER);
    row.add(apply, BorderLayout.EAST);
    return row;
  }

  /** Lets the teacher pick a scenario file; problems are shown one line each. */
  private static void open(CityModelWithUI ui, java.awt.Component parent) {
    JFileChooser chooser = new JFileChooser(new File("scenarios"));
    if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    try {
      Params p = ScenarioLoader.load(chooser.getSelectedFile().toPath());
      ui.open(p);
    } catch (ScenarioException e) {
      StringBuilder text = new StringBuilder();
      for (ScenarioError err : e.errors()) {
        text.append(err).append('\n');
      }
      JOptionPane.showMessageDialog(parent, text.toString(), "The scenario has problems",
          JOptionPane.ERROR_MESSAGE);
    }
  }
}
