package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapfill.experiment.Throughput;
import org.gapfill.model.Params;
import org.gapfill.output.Manifest;
import org.gapfill.output.ResultFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gapfill bench}: how replicates scale over threads (runs per second, efficiency). */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measure runs per second of whole replicates on one thread and on all threads "
        + "in one JVM after a warm-up (alternating batches, median of the rounds), and the "
        + "parallel efficiency. Writes bench.json."})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--scenario", paramLabel = "FILE",
      description = "The scenario measured (default: ${DEFAULT-VALUE}).")
  Path scenario = Path.of("scenarios/vienna-2015-baseline.yaml");

  @Option(names = "--weeks", paramLabel = "W", description = "Weeks per run (default: ${DEFAULT-VALUE}).")
  int weeks = 104;

  @Option(names = "--runs", paramLabel = "N", description = "Runs per batch (default: ${DEFAULT-VALUE}).")
  int runs = 8;

  @Option(names = "--rounds", paramLabel = "R", description = "Rounds of batches (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Mixin
  WorkOptions work = new WorkOptions();

  @Mixin
  CommonOptions common = new CommonOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (weeks < 1 || runs < 1 || rounds < 1) {
      err.println("gapfill bench: --weeks, --runs and --rounds must be at least 1");
      return Gapfill.BAD_INPUT;
    }
    Params p = ScenarioInput.load(scenario, List.of(), err);
    if (p == null) {
      return Gapfill.BAD_INPUT;
    }
    // Speed is measured over a shorter run; events after it do not matter then.
    p.horizonWeeks = weeks;
    p.events.removeIf(e -> e.at() >= weeks);
    p.networkSnapshotWeeks.removeIf(w -> w >= weeks);
    int t = work.threads();
    try (ResultFolder folder = ResultFolder.create(work.out, work.resultsRoot, "bench", p.seed, LocalDateTime.now())) {
      Throughput.Result r = Throughput.measure(p, t, runs, rounds);
      folder.writeText("bench.json", json(r, p));
      folder.commit();
      if (!common.quiet) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s, %d weeks a run, %d runs a batch, %d rounds%n", p.name, weeks, runs, rounds);
        o.printf("  %-26s %10.3f%n", "runsPerSecond1Thread", r.runsPerSecond1Thread());
        o.printf("  %-26s %10.3f   (%d threads)%n", "runsPerSecondAllThreads", r.runsPerSecondAllThreads(), t);
        o.printf("  %-26s %10.3f   (median of rounds %s)%n", "speedup", r.speedup(),
            java.util.Arrays.toString(round2(r.roundSpeedups())));
        o.printf("  %-26s %10.3f%n", "parallelEfficiency", r.parallelEfficiency());
        o.printf("results: %s%n", folder.path().resolve("bench.json"));
        o.flush();
      }
      return 0;
    } catch (RuntimeException e) {
      return Gapfill.failed(err, "bench", e, common.debug);
    }
  }

  private static double[] round2(double[] v) {
    double[] out = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = Math.round(v[k] * 100) / 100.0;
    }
    return out;
  }

  private String json(Throughput.Result r, Params p) {
    return "{\n  \"gapfillVersion\": " + Manifest.string(Version.version())
        + ",\n  \"scenario\": " + Manifest.string(p.name)
        + ",\n  \"weeksPerRun\": " + weeks
        + ",\n  \"threads\": " + r.threads()
        + ",\n  \"runsPerSecond1Thread\": " + r.runsPerSecond1Thread()
        + ",\n  \"runsPerSecondAllThreads\": " + r.runsPerSecondAllThreads()
        + ",\n  \"parallelEfficiency\": " + r.parallelEfficiency() + "\n}\n";
  }
}
