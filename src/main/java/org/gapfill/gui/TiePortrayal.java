package org.gapfill.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** A referral tie: wider and darker the stronger it is, fading as it weakens. */
final class TiePortrayal extends SimpleEdgePortrayal2D {
  private static final long serialVersionUID = 1L;
  /** Line width in field units of a tie of strength 1. */
  static final double WIDTH_AT_FULL_STRENGTH = 0.8;
  private static final int MIN_ALPHA = 30;
  private static final int ALPHA_RANGE = 200;

  TiePortrayal() {
    super(Palette.TIE, Palette.TIE, null);
    setShape(SHAPE_LINE_ROUND_ENDS);
    setBaseWidth(WIDTH_AT_FULL_STRENGTH);
    setScaling(ALWAYS_SCALE);
    setAdjustsThickness(true);
  }

  static double strength(Object edge) {
    Object info = ((Edge) edge).info;
    return info instanceof Double ? Math.max(0, Math.min(1, (Double) info)) : 0;
  }

  @Override
  public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
    int alpha = MIN_ALPHA + (int) Math.round(ALPHA_RANGE * strength(object));
    Color c = new Color(Palette.TIE.getRed(), Palette.TIE.getGreen(), Palette.TIE.getBlue(), alpha);
    fromPaint = c;
    toPaint = c;
    super.draw(object, graphics, info);
  }

  @Override
  protected double getPositiveWeight(Object edge, EdgeDrawInfo2D info) {
    return 0.2 + strength(edge);
  }
}
