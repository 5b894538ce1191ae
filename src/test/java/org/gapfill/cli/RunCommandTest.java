package org.gapfill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code gapfill run} through picocli: exit codes and what it prints. */
class RunCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cl = Gapfill.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void runsTheBuiltInCityAndPrintsHeadlineMetrics() {
    assertEquals(0, execute("run", "--weeks", "30", "--seed", "4"));
    String text = out.toString();
    for (String column : new String[] {"unmetNeed", "gapFillingLoad", "fragility",
        "referralSuccess", "volunteerShare", "publicCost"}) {
      assertTrue(text.contains(column), "prints " + column + ":\n" + text);
    }
    assertTrue(text.contains("seed 4: 30 weeks"), text);
    assertTrue(text.contains("largest weekly imbalance 0 need units"), text);
  }

  @Test
  void sameSeedPrintsTheSameNumbers() {
    execute("run", "--weeks", "20", "--seed", "2");
    String first = out.toString().replaceAll("in [0-9.]+ s", "");
    out.getBuffer().setLength(0);
    execute("run", "--weeks", "20", "--seed", "2");
    assertEquals(first, out.toString().replaceAll("in [0-9.]+ s", ""));
  }

  @Test
  void quietPrintsNothing() {
    assertEquals(0, execute("run", "--weeks", "5", "--quiet"));
    assertEquals("", out.toString());
  }

  @Test
  void badWeeksIsBadInput() {
    assertEquals(2, execute("run", "--weeks", "0"));
    assertTrue(err.toString().contains("--weeks"), err.toString());
  }

  @Test
  void unknownOptionIsBadInputWithOneLine() {
    assertEquals(2, execute("run", "--frobnicate"));
    assertTrue(err.toString().startsWith("gapfill: Unknown option: '--frobnicate'"), err.toString());
  }

  @Test
  void versionNamesTheTool() {
    assertEquals(0, execute("--version"));
    assertTrue(out.toString().startsWith("gapfill "), out.toString());
  }
}
