package org.gapfill.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Joins the folders of a sharded sweep into one, refusing shards of different sweep files or
 * gapfill versions, a missing, repeated or incomplete shard; the merged {@code sweep.csv} is
 * the one an unsharded run writes.
 */
public final class SweepMerge {
  private SweepMerge() {
  }

  /** Merges shard folders into {@code out} (new or empty); returns the number of rows. */
  public static int merge(List<Path> shards, Path out) {
    TreeMap<Integer, Path> byK = new TreeMap<>();
    JsonNode first = null;
    int n = -1;
    for (Path dir : shards) {
      JsonNode info = SweepFolder.readInfo(dir);
      String[] kn = info.path("shard").asText().split("/");
      int k = Integer.parseInt(kn[0]);
      int shardCount = Integer.parseInt(kn[1]);
      if (first == null) {
        first = info;
        n = shardCount;
      } else {
        String problem = SweepFolder.mismatch(info, first.path("sweepHash").asText(),
            first.path("gapfillVersion").asText());
        if (problem != null) {
          throw new OutputException(dir + ": " + problem + " than " + byK.firstEntry().getValue());
        }
        if (shardCount != n) {
          throw new OutputException(dir + ": shard of " + shardCount + " where the others are of " + n);
        }
      }
      if (byK.put(k, dir) != null) {
        throw new OutputException(dir + ": shard " + k + "/" + n + " is given twice");
      }
      if (!info.path("complete").asBoolean()) {
        throw new OutputException(dir + ": shard " + k + "/" + n + " is incomplete ("
            + info.path("rows").asInt() + " of " + info.path("tasks").asInt()
            + " runs); finish it with gapfill sweep ... --shard " + k + "/" + n + " --resume --out " + dir);
      }
    }
    List<Integer> missing = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      if (!byK.containsKey(k)) {
        missing.add(k);
      }
    }
    if (!missing.isEmpty()) {
      throw new OutputException("missing shard" + (missing.size() == 1 ? " " : "s ") + missing
          .toString().replaceAll("[\\[\\]]", "") + " of " + n);
    }
    return write(byK, first, out);
  }

  private static int write(TreeMap<Integer, Path> byK, JsonNode info, Path out) {
    try {
      if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
        throw new OutputException("--out " + out + ": exists and is not empty");
      }
      String header = null;
      List<String> body = new ArrayList<>();
      for (Path dir : byK.values()) {
        List<String> lines = Files.readAllLines(dir.resolve(SweepFolder.ROWS), StandardCharsets.UTF_8);
        if (header != null && !header.equals(lines.get(0))) {
          throw new OutputException(dir + ": sweep.csv has other columns than the first shard");
        }
        header = lines.get(0);
        body.addAll(lines.subList(1, lines.size()));
      }
      Files.createDirectories(out);
      Files.copy(byK.firstEntry().getValue().resolve("design.csv"), out.resolve("design.csv"));
      List<String> rows = SweepFolder.sorted(body);
      SweepFolder.writeAtomically(out.resolve(SweepFolder.ROWS), header + "\n"
          + String.join("\n", rows) + (rows.isEmpty() ? "" : "\n"));
      SweepFolder.writeAtomically(out.resolve(SweepFolder.INFO), "{\n  \"gapfillVersion\": "
          + Manifest.string(info.path("gapfillVersion").asText()) + ",\n  \"sweepFile\": "
          + Manifest.string(info.path("sweepFile").asText()) + ",\n  \"sweepHash\": "
          + Manifest.string(info.path("sweepHash").asText()) + ",\n  \"mergedShards\": "
          + byK.size() + ",\n  \"rows\": " + rows.size() + ",\n  \"complete\": true\n}\n");
      return rows.size();
    } catch (IOException e) {
      throw new OutputException("--out " + out + ": cannot write (" + e.getMessage() + ")");
    }
  }
}
