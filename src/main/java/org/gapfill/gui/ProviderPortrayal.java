package org.gapfill.gui;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.simple.OvalPortrayal2D;

/** A provider as a disc coloured by kind and sized by utilisation (full = twice the base size). */
final class ProviderPortrayal extends OvalPortrayal2D {
  private static final long serialVersionUID = 1L;
  /** Diameter in field units of an idle provider. */
  static final double BASE_SIZE = 3.5;
  /** Utilisation above this is drawn as this, so an overloaded CSO does not cover the ring. */
  static final double MAX_DRAWN_UTILISATION = 2;

  ProviderPortrayal() {
    super(Palette.PUBLIC, BASE_SIZE, true);
  }

  @Override
  public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
    ProviderNode n = (ProviderNode) object;
    paint = n.alive() ? Palette.of(n.type) : Palette.CLOSED;
    scale = BASE_SIZE * (1 + Math.min(MAX_DRAWN_UTILISATION, n.utilisation()));
    super.draw(object, graphics, info);
  }
}
