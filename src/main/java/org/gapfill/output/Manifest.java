package org.gapfill.output;

import java.util.List;
import java.util.Locale;
import org.gapfill.experiment.ReplicateResult;

/**
 * The text of {@code manifest.json}: what ran, with which software, seeds and threads, and when.
 * Written by hand (no JSON library) with full string escaping; unlike every other result file it
 * differs between two runs of the same scenario and seed.
 */
public final class Manifest {
  private Manifest() {
  }

  /** The manifest of a run. */
  public static String json(RunInfo info, List<ReplicateResult> results) {
    StringBuilder json = new StringBuilder("{\n");
    field(json, "gapfillVersion", string(info.gapfillVersion()));
    field(json, "gitCommit", info.gitCommit() == null ? "null" : string(info.gitCommit()));
    field(json, "javaVersion", string(info.javaVersion()));
    field(json, "commandLine", string(info.commandLine()));
    field(json, "scenario", string(info.scenarioName()));
    field(json, "resolvedScenario", string(info.resolvedScenarioYaml()));
    field(json, "baseSeed", Long.toString(info.baseSeed()));
    field(json, "seeds", seeds(results));
    field(json, "replicates", Integer.toString(results.size()));
    field(json, "threads", Integer.toString(info.threads()));
    field(json, "startTime", string(info.startTime().toString()));
    field(json, "endTime", string(info.endTime().toString()));
    json.append("  \"wallSeconds\": ").append(CsvWriter.number(info.wallSeconds())).append("\n}\n");
    return json.toString();
  }

  private static String seeds(List<ReplicateResult> results) {
    StringBuilder array = new StringBuilder("[");
    for (int k = 0; k < results.size(); k++) {
      ReplicateResult r = results.get(k);
      array.append(k == 0 ? "\n" : ",\n").append("    {\"replicate\": ").append(r.replicate())
          .append(", \"seed\": ").append(r.seed()).append('}');
    }
    return array.append(results.isEmpty() ? "]" : "\n  ]").toString();
  }

  private static void field(StringBuilder json, String key, String value) {
    json.append("  ").append(string(key)).append(": ").append(value).append(",\n");
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259). */
  public static String string(String value) {
    StringBuilder s = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          // U+2028/2029 are legal JSON but end lines in JavaScript; escaped to be safe anywhere.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
