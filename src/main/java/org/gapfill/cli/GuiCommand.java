package org.gapfill.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.gapfill.gui.CityModelWithUI;
import org.gapfill.model.CityModel;
import org.gapfill.model.Params;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/** {@code gapfill gui}: the teaching GUI on MASON's console, until its window is closed. */
@Command(name = "gui", mixinStandardHelpOptions = true,
    description = {"Show a scenario live: the city's referral network and migrants, charts, "
        + "policy levers (Model tab) and shock buttons. Needs a screen (or xvfb-run).",
        "See docs/teaching.md for classroom exercises."})
public final class GuiCommand implements Callable<Integer> {
  /** The scenario shown when none is given. */
  static final Path DEFAULT_SCENARIO = Path.of("scenarios", "classroom.yaml");

  @Parameters(arity = "0..1", paramLabel = "SCENARIO",
      description = "A scenario file (default: scenarios/classroom.yaml).")
  Path scenario;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Apply overrides first (repeatable).")
  List<String> sets = new java.util.ArrayList<>();

  @Option(names = "--play", description = "Start playing at once.")
  boolean play;

  @Option(names = "--pause-at", paramLabel = "WEEK",
      description = "Pause when this week is reached and print the speed in weeks per second.")
  int pauseAt = -1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Path file = scenario != null ? scenario : DEFAULT_SCENARIO;
    if (!Files.isRegularFile(file)) {
      err.println("gapfill gui: no scenario file " + file);
      err.flush();
      return Gapfill.BAD_INPUT;
    }
    Params params = ScenarioInput.load(file, sets, err);
    if (params == null) {
      return Gapfill.BAD_INPUT;
    }
    if (GraphicsEnvironment.isHeadless()) {
      err.println("gapfill gui: no display (DISPLAY unset or headless); try xvfb-run ./gapfill gui");
      err.flush();
      return Gapfill.BAD_INPUT;
    }
    CityModelWithUI ui = new CityModelWithUI(new CityModel(params));
    CountDownLatch closed = new CountDownLatch(1);
    ui.onQuit(closed::countDown);
    SwingUtilities.invokeLater(() -> open(ui));
    closed.await();
    return 0;
  }

  private void open(CityModelWithUI ui) {
    Console console = new Console(ui);
    console.setBounds(CityModelWithUI.DISPLAY_WIDTH, CityModelWithUI.CHARTS_HEIGHT,
        CityModelWithUI.SIDE_WIDTH, CityModelWithUI.SCREEN_HEIGHT - CityModelWithUI.CHARTS_HEIGHT);
    console.setVisible(true);
    if (pauseAt > 0) {
      PrintWriter out = spec.commandLine().getOut();
      long[] started = new long[1];
      ui.onWeek(() -> {
        int week = ui.model().week();
        if (week == 1) {
          started[0] = System.nanoTime();
        } else if (week == pauseAt) {
          double seconds = (System.nanoTime() - started[0]) / 1e9;
          out.printf(Locale.ROOT, "gapfill gui: paused at week %d, %.1f weeks/s%n",
              week, (week - 1) / seconds);
          out.flush();
          SwingUtilities.invokeLater(console::pressPause);
        }
      });
    }
    if (play) {
      console.pressPlay();
    }
  }
}
