package org.gapfill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code gapfill gui} refuses bad input before opening any window. */
class GuiCommandTest {
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cl = Gapfill.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void missingScenarioIsBadInput() {
    assertEquals(Gapfill.BAD_INPUT, execute("gui", "no-such-scenario.yaml"));
    assertTrue(err.toString().contains("no scenario file no-such-scenario.yaml"), err.toString());
  }

  @Test
  void badOverrideIsBadInput() {
    assertEquals(Gapfill.BAD_INPUT, execute("gui", "--set", "no.such.path=1"));
    assertTrue(!err.toString().isBlank());
  }

  @Test
  void withoutAScreenItSaysSo() {
    Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "a screen is attached");
    assertEquals(Gapfill.BAD_INPUT, execute("gui"));
    assertTrue(err.toString().contains("no display"), err.toString());
  }
}
