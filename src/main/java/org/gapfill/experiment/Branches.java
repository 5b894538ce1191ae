package org.gapfill.experiment;

import java.util.ArrayList;
import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.Params;
import org.gapfill.scenario.ScenarioWriter;

/**
 * Runs several scenarios with common random numbers: replicate r of every scenario uses the
 * same seed. With a fork week, the shared history up to that week runs once per replicate, is
 * checkpointed, and each scenario continues from a copy of that state, so the scenarios differ
 * only by what changes from that week on.
 */
public final class Branches {
  private Branches() {
  }

  /**
   * Runs every scenario's replicates; the first scenario's seed is the base seed of all.
   *
   * @param forkAt the fork week, or null to run each scenario from week 0
   * @return per scenario, its results ordered by replicate
   */
  public static List<List<ReplicateResult>> run(List<Params> scenarios, int reps, Integer forkAt,
      int threads, Progress progress) {
    List<Params> copies = new ArrayList<>();
    long seed = scenarios.get(0).seed;
    for (Params p : scenarios) {
      Params c = p.copy();
      c.seed = seed;
      copies.add(c);
    }
    int n = copies.size();
    List<List<ReplicateResult>> byTask;
    if (forkAt == null) {
      List<ReplicateResult> flat = Parallel.run(reps * n, threads,
          k -> Replications.runOne(copies.get(k % n), k / n + 1), progress);
      byTask = new ArrayList<>();
      for (int r = 0; r < reps; r++) {
        byTask.add(flat.subList(r * n, r * n + n));
      }
    } else {
      byTask = Parallel.run(reps, threads, k -> forked(copies, k + 1, forkAt), progress);
    }
    List<List<ReplicateResult>> out = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      List<ReplicateResult> results = new ArrayList<>();
      for (List<ReplicateResult> replicate : byTask) {
        results.add(replicate.get(s));
      }
      out.add(results);
    }
    return out;
  }

  /** One replicate: the trunk to the fork week, then each scenario from a copy of its state. */
  private static List<ReplicateResult> forked(List<Params> scenarios, int replicate, int forkAt) {
    long seed = Seeds.replicateSeed(scenarios.get(0).seed, replicate);
    CityModel trunk = new CityModel(scenarios.get(0), seed);
    trunk.start();
    while (trunk.week() < forkAt) {
      trunk.stepWeek();
    }
    byte[] state = Checkpoint.save(trunk);
    List<ReplicateResult> results = new ArrayList<>();
    for (Params p : scenarios) {
      CityModel branch = Checkpoint.restore(state);
      branch.continueWith(p.events);
      branch.runRemaining();
      results.add(ReplicateResult.of(replicate, seed, branch));
    }
    return results;
  }

  /**
   * Why the scenarios cannot share a history up to the fork week, or null when they can: they
   * must be equal in everything but their name, description and events from that week on.
   */
  public static String forkProblem(List<Params> scenarios, List<String> names, int forkAt) {
    String trunk = before(scenarios.get(0), forkAt);
    for (int s = 0; s < scenarios.size(); s++) {
      if (forkAt < 1 || forkAt >= scenarios.get(s).horizonWeeks) {
        return "--fork-at " + forkAt + " must lie inside the run (1 to "
            + (scenarios.get(s).horizonWeeks - 1) + ")";
      }
      if (s > 0 && !before(scenarios.get(s), forkAt).equals(trunk)) {
        return names.get(s) + " differs from " + names.get(0) + " before week " + forkAt
            + " (with --fork-at, scenarios may differ only by events at or after that week)";
      }
    }
    return null;
  }

  /** A scenario's text without its name, description and events from the fork week on. */
  private static String before(Params p, int forkAt) {
    Params c = p.copy();
    c.name = "";
    c.description = "";
    c.events.removeIf(e -> e.at() >= forkAt);
    return ScenarioWriter.write(c, null);
  }
}
