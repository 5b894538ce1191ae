package org.gapfill.gui;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.simple.OvalPortrayal2D;

/** A migrant as a small dot: blue when every need is met, red while one is open. */
final class MigrantPortrayal extends OvalPortrayal2D {
  private static final long serialVersionUID = 1L;
  /** Dot diameter in field units. */
  static final double DOT_SIZE = 0.7;

  MigrantPortrayal() {
    super(Palette.NEEDS_MET, DOT_SIZE, true);
  }

  @Override
  public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
    paint = ((MigrantDot) object).needsMet() ? Palette.NEEDS_MET : Palette.OPEN_NEED;
    super.draw(object, graphics, info);
  }
}
