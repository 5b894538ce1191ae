package org.gapfill.gui;

import java.awt.Color;
import org.gapfill.model.agent.CsoType;

/** The GUI's colours, shared by the portrayals and the legend so that they always agree. */
final class Palette {
  static final Color BACKGROUND = Color.WHITE;
  static final Color PUBLIC = new Color(90, 90, 90);
  static final Color CIVIC = new Color(230, 120, 20);
  static final Color INSTITUTIONAL = new Color(40, 100, 200);
  static final Color AUTONOMOUS = new Color(40, 160, 70);
  static final Color CLOSED = new Color(200, 200, 200);
  static final Color NEEDS_MET = new Color(60, 170, 220, 150);
  static final Color OPEN_NEED = new Color(220, 30, 30, 170);
  static final Color TIE = new Color(60, 60, 60);

  private Palette() {
  }

  static Color of(CsoType type) {
    if (type == null) {
      return PUBLIC;
    }
    switch (type) {
      case CIVIC:
        return CIVIC;
      case INSTITUTIONAL:
        return INSTITUTIONAL;
      default:
        return AUTONOMOUS;
    }
  }

  static String hex(Color c) {
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
