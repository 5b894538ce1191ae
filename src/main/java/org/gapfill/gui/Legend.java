package org.gapfill.gui;

import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;

/** The display's legend: what the colours, sizes and lines mean. */
final class Legend {
  private Legend() {
  }

  static JLabel label() {
    String html = "<html><b>Providers</b>, sized by utilisation: "
        + swatch(Palette.PUBLIC, "public services (centre)") + swatch(Palette.CIVIC, "civic")
        + swatch(Palette.INSTITUTIONAL, "institutional") + swatch(Palette.AUTONOMOUS, "autonomous")
        + swatch(Palette.CLOSED, "closed")
        + "<br><b>Lines</b>: referral ties, wider and darker when stronger."
        + "<br><b>Migrants</b> (sample), by their last contact; none yet: bottom left. "
        + swatch(Palette.NEEDS_MET, "needs met") + swatch(Palette.OPEN_NEED, "open need")
        + "</html>";
    JLabel label = new JLabel(html);
    label.setFont(label.getFont().deriveFont(Font.PLAIN, 12f));
    label.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
    return label;
  }

  private static String swatch(Color c, String text) {
    return "<font color='" + Palette.hex(c) + "'>&#9679;</font> " + text + "&nbsp; ";
  }
}
