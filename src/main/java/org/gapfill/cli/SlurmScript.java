package org.gapfill.cli;

import java.nio.file.Path;

/** The sbatch array script of a sharded sweep: task K runs shard K/N into DIR/shard-K. */
final class SlurmScript {
  private SlurmScript() {
  }

  static String text(Path sweepFile, Path dir, int shards, int threads) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = jarPath();
    return "#!/bin/bash\n"
        + "#SBATCH --job-name=gapfill-sweep\n"
        + "#SBATCH --array=1-" + shards + "\n"
        + "#SBATCH --cpus-per-task=" + threads + "\n"
        + "#SBATCH --output=" + dir + "/slurm-%A_%a.log\n"
        + "# Written by gapfill sweep --emit-slurm. Each array task runs one shard of the sweep;\n"
        + "# when all are done: gapfill merge " + dir + "/shard-* --out " + dir + "/merged\n"
        + "set -euo pipefail\n"
        + "K=${SLURM_ARRAY_TASK_ID:?run this script with sbatch}\n"
        + "exec " + quote(java) + " -jar " + quote(jar) + " sweep " + quote(sweepFile.toString())
        + " --shard \"$K/" + shards + "\" --threads " + threads + " --quiet --out "
        + quote(dir.toString()) + "/shard-\"$K\"\n";
  }

  private static String jarPath() {
    try {
      return Path.of(SlurmScript.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
