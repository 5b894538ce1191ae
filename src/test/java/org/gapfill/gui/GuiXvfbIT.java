package org.gapfill.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gapfill gui} on a virtual 1280×800 screen: it plays the classroom scenario to week 60,
 * pauses, and a screenshot of the whole screen ({@code import -window root}) is not blank. Needs
 * Debian's xvfb, xauth and imagemagick (CI installs them); only {@code GAPFILL_NO_DISPLAY=1} lets
 * this test skip.
 */
class GuiXvfbIT {
  private static final int PAUSE_AT = 60;
  private static final Pattern SPEED =
      Pattern.compile("paused at week (\\d+), ([0-9.]+) weeks/s");

  @TempDir
  Path dir;

  @Test
  void guiPlaysAndDrawsTheCity() throws Exception {
    requireTools("xvfb-run", "import");
    Path shot = dir.resolve("gui.png");
    Path log = dir.resolve("gui.out");
    Path script = dir.resolve("gui.sh");
    // The GUI runs in the background; once it reports its pause the screen is photographed and
    // the GUI process (this script's own child) is ended.
    Files.writeString(script, String.join("\n",
        "java -cp \"$GAPFILL_CP\" org.gapfill.cli.Gapfill gui --play --pause-at " + PAUSE_AT
            + " scenarios/classroom.yaml > \"$GUI_LOG\" 2>&1 &",
        "pid=$!",
        "for i in $(seq 1 240); do grep -q 'weeks/s' \"$GUI_LOG\" && break; sleep 0.5; done",
        "sleep 1",
        "import -window root \"$SHOT\"",
        "status=$?",
        "kill $pid",
        "exit $status", ""));
    ProcessBuilder pb = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
        "bash", script.toString());
    pb.environment().put("GAPFILL_CP", System.getProperty("java.class.path"));
    pb.environment().put("GUI_LOG", log.toString());
    pb.environment().put("SHOT", shot.toString());
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.out").toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the GUI run timed out");
    String out = Files.exists(log) ? Files.readString(log) : "(no output)";
    assertEquals(0, p.exitValue(), "xvfb-run: " + Files.readString(dir.resolve("xvfb.out")) + out);
    Matcher m = SPEED.matcher(out);
    assertTrue(m.find(), "the model did not reach week " + PAUSE_AT + ":\n" + out);
    assertEquals(PAUSE_AT, Integer.parseInt(m.group(1)));
    assertTrue(Double.parseDouble(m.group(2)) > 0);
    assertNotBlank(shot);
  }

  private static void assertNotBlank(Path shot) throws IOException {
    BufferedImage image = ImageIO.read(shot.toFile());
    assertNotNull(image, "not an image: " + shot);
    assertEquals(1280, image.getWidth());
    assertEquals(800, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    int institutionalBlue = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb == (Palette.INSTITUTIONAL.getRGB() & 0xFFFFFF)) {
          institutionalBlue++;
        }
      }
    }
    assertTrue(colours.size() > 50, "a nearly blank screen: " + colours.size() + " colours");
    assertTrue(institutionalBlue > 100, "no institutional CSO drawn: " + institutionalBlue);
  }

  private static void requireTools(String... tools) {
    for (String tool : tools) {
      if (!onPath(tool)) {
        if ("1".equals(System.getenv("GAPFILL_NO_DISPLAY"))) {
          Assumptions.abort("GAPFILL_NO_DISPLAY=1 and no " + tool);
        }
        fail(tool + " is missing: install Debian's xvfb, xauth and imagemagick "
            + "(apt-get install xvfb xauth imagemagick) or set GAPFILL_NO_DISPLAY=1 to skip this test");
      }
    }
  }

  private static boolean onPath(String tool) {
    for (String d : List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }
}
