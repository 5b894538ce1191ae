package org.gapfill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapfill.output.OutputException;
import org.gapfill.output.SweepMerge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gapfill merge}: joins the shard folders of a sweep, checking they belong together. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merge the shard folders of a sweep into one sweep.csv (sorted by point and "
        + "replicate, as an unsharded run writes it). Refuses shards of another sweep file or "
        + "gapfill version, and missing, repeated or incomplete shards."},
    footer = {"", "Exit codes: 0 success, 2 shards that do not fit together."})
public final class MergeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard folders.")
  List<Path> shards;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The merged folder (new or empty).")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      int rows = SweepMerge.merge(shards, out);
      spec.commandLine().getOut().printf("merged %d shards: %d rows in %s%n", shards.size(), rows,
          out.resolve("sweep.csv"));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (OutputException e) {
      err.println("gapfill merge: " + e.getMessage());
      return Gapfill.BAD_INPUT;
    }
  }
}
