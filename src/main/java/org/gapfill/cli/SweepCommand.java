package org.gapfill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapfill.experiment.Design;
import org.gapfill.experiment.Sweep;
import org.gapfill.output.SweepFolder;
import org.gapfill.scenario.ScenarioException;
import org.gapfill.scenario.SweepLoader;
import org.gapfill.scenario.SweepSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gapfill sweep}: a design over parameter paths, replicated, streamed to sweep.csv. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run a sweep file: a design (grid, lhs, sobol, random) over parameter paths, "
        + "each point replicated with common random numbers. Rows stream to sweep.csv as runs "
        + "finish; the finished file is sorted by point and replicate."},
    footer = {"", "Sweep file:",
        "  scenario: ../scenarios/classroom.yaml",
        "  design: {method: lhs, samples: 50}",
        "  replicates: 5",
        "  parameters:",
        "    municipality.discretion: {min: 0.1, max: 0.9}",
        "    csos[AmberMed].grantPerWeek: {values: [0, 2500, 5000]}",
        "  metrics: [unmetNeed, gapFillingLoad, fragility]",
        "",
        "On a cluster: --emit-slurm N writes an sbatch array script of N shards; then",
        "gapfill merge DIR/shard-* --out DIR/merged.",
        "Exit codes: 0 success, 1 a run failed, 2 bad input."})
public final class SweepCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SWEEP", description = "The sweep file (YAML).")
  Path file;

  @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N (1 ≤ K ≤ N).")
  String shard;

  @Option(names = "--resume", description = "Continue an interrupted sweep in --out DIR.")
  boolean resume;

  @Option(names = "--emit-slurm", paramLabel = "N",
      description = "Write an sbatch array script that runs the sweep as N shards, and exit.")
  Integer slurmShards;

  @Mixin
  WorkOptions work = new WorkOptions();

  @Mixin
  ReportOptions report = new ReportOptions();

  @Mixin
  CommonOptions common = new CommonOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Sweep.Shard s = shard == null ? Sweep.Shard.ALL : Sweep.Shard.parse(shard);
    if (s == null) {
      err.println("gapfill sweep: --shard " + shard + ": expected K/N with 1 <= K <= N, e.g. 2/3");
      return Gapfill.BAD_INPUT;
    }
    SweepSpec sweep;
    try {
      sweep = SweepLoader.load(file);
    } catch (ScenarioException e) {
      e.errors().forEach(x -> err.println(x));
      err.flush();
      return Gapfill.BAD_INPUT;
    }
    if (slurmShards != null) {
      return emitSlurm(sweep, err);
    }
    return run(sweep, s, err);
  }

  private int run(SweepSpec sweep, Sweep.Shard s, PrintWriter err) {
    int t = work.threads();
    List<List<String>> points = Design.points(sweep);
    List<Sweep.Task> all = Sweep.tasks(points.size(), sweep.replicates());
    int owned = Sweep.todo(all, s, java.util.Set.of()).size();
    long start = System.nanoTime();
    try (SweepFolder folder = SweepFolder.open(work.out, work.resultsRoot, sweep, s, resume, owned,
        Version.version(), points, LocalDateTime.now())) {
      List<Sweep.Task> todo = Sweep.todo(all, s, folder.done());
      ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal(), common.quiet, "runs");
      Sweep.run(sweep, points, todo, t, folder::append, progress);
      int rows = folder.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!common.quiet) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d points x %d replicates%s: %d runs done now (%d kept from before), %d rows%n",
            points.size(), sweep.replicates(), s.n() == 1 ? "" : ", shard " + s.k() + "/" + s.n(),
            todo.size(), folder.done().size(), rows);
        o.printf("timing: %d runs in %.1f s = %.2f runs/s on %d thread%s%n", todo.size(), seconds,
            todo.size() / Math.max(seconds, 1e-9), t, t == 1 ? "" : "s");
        o.printf("results: %s%n", folder.path().resolve("sweep.csv"));
        o.flush();
      }
      // a shard holds part of the design; its report is drawn after merge (gapfill report DIR)
      return s.n() == 1 && rows == all.size()
          ? report.write(folder.path(), spec.commandLine().getOut(), err, "sweep", common.quiet) : 0;
    } catch (RuntimeException e) {
      return Gapfill.failed(err, "sweep", e, common.debug);
    }
  }

  /** Writes DIR/sweep.sbatch: one array task per shard, each into DIR/shard-K. */
  private int emitSlurm(SweepSpec sweep, PrintWriter err) {
    if (slurmShards < 1) {
      err.println("gapfill sweep: --emit-slurm needs at least 1 shard");
      return Gapfill.BAD_INPUT;
    }
    Path dir = (work.out != null ? work.out : work.resultsRoot.resolve("sweep-" + org.gapfill.output.ResultFolder
        .slug(sweep.base().name)).resolve("slurm")).toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      Path script = dir.resolve("sweep.sbatch");
      Files.writeString(script, SlurmScript.text(file.toAbsolutePath().normalize(), dir, slurmShards,
          work.threads == null ? 1 : work.threads));
      PrintWriter o = spec.commandLine().getOut();
      o.printf("wrote %s (%d array tasks)%n", script, slurmShards);
      o.printf("submit:  sbatch --wait %s%n", script);
      o.printf("merge:   gapfill merge %s/shard-* --out %s/merged%n", dir, dir);
      o.flush();
      return 0;
    } catch (IOException e) {
      err.println("gapfill sweep: --emit-slurm: cannot write into " + dir + " (" + e.getMessage() + ")");
      return Gapfill.BAD_INPUT;
    }
  }
}
