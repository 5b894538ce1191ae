package org.gapfill.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gapfill.experiment.Sweep;
import org.gapfill.model.metrics.Metric;
import org.gapfill.scenario.SweepSpec;

/**
 * The folder of a sweep or of one shard: {@code sweep.csv} grows a line per finished run (each
 * line flushed, so an interrupted sweep keeps every finished run), {@code sweep.json} says what
 * sweep and shard the folder belongs to and whether it is complete, {@code design.csv} lists
 * the points. When the last run is in, the rows are sorted by point and replicate, so the
 * final file is the same however the runs were spread over threads, resumes and shards.
 */
public final class SweepFolder implements AutoCloseable {
  static final String ROWS = "sweep.csv";
  static final String INFO = "sweep.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final String header;
  private final Set<Long> done = new HashSet<>();
  private final String version;
  private final SweepSpec spec;
  private final Sweep.Shard shard;
  private final int tasks;
  private Writer rows;

  private SweepFolder(Path dir, SweepSpec spec, Sweep.Shard shard, int tasks, String version) {
    this.dir = dir;
    this.spec = spec;
    this.shard = shard;
    this.tasks = tasks;
    this.version = version;
    this.header = String.join(",", header(spec));
  }

  /** The columns of sweep.csv. */
  public static List<String> header(SweepSpec spec) {
    List<String> h = new ArrayList<>(List.of("point", "replicate", "seed"));
    spec.parameters().forEach(p -> h.add(p.path()));
    for (Metric m : spec.metrics()) {
      h.add(m.column());
    }
    return h;
  }

  /**
   * Opens the folder: a new (or empty) one, or with {@code resume} the folder of the same sweep
   * and shard that was interrupted, whose finished rows are kept.
   *
   * @param tasks the runs this shard owns
   */
  public static SweepFolder open(Path out, Path resultsRoot, SweepSpec spec, Sweep.Shard shard,
      boolean resume, int tasks, String version, List<List<String>> points, LocalDateTime now) {
    Path dir = out != null ? out : defaultPath(resultsRoot, spec, shard, now);
    SweepFolder f = new SweepFolder(dir, spec, shard, tasks, version);
    if (resume) {
      f.resume(out);
    } else {
      f.create(points);
    }
    return f;
  }

  private static Path defaultPath(Path root, SweepSpec spec, Sweep.Shard shard, LocalDateTime now) {
    String stamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    String suffix = shard.n() == 1 ? "" : "-shard-" + shard.k() + "-of-" + shard.n();
    Path base = root.resolve("sweep-" + ResultFolder.slug(spec.base().name));
    Path p = base.resolve(stamp + suffix);
    for (int k = 2; Files.exists(p); k++) {
      p = base.resolve(stamp + "-" + k + suffix);
    }
    return p;
  }

  private void create(List<List<String>> points) {
    try {
      if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
        throw new OutputException("--out " + dir + ": exists and is not empty (use --resume to "
            + "continue an interrupted sweep there)");
      }
      Files.createDirectories(dir);
      writeAtomically(dir.resolve("design.csv"), design(points));
      writeInfo(false, 0);
      Files.writeString(dir.resolve(ROWS), header + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OutputException("--out " + dir + ": cannot create (" + e.getMessage() + ")");
    }
  }

  private String design(List<List<String>> points) {
    List<String> h = new ArrayList<>(List.of("point"));
    spec.parameters().forEach(p -> h.add(p.path()));
    CsvWriter csv = new CsvWriter(h);
    for (int p = 0; p < points.size(); p++) {
      csv.cell(p + 1);
      points.get(p).forEach(csv::cell);
      csv.endRow();
    }
    return csv.text();
  }

  private void resume(Path out) {
    if (out == null) {
      throw new OutputException("--resume needs --out DIR, the folder of the interrupted sweep");
    }
    JsonNode info = readInfo(dir);
    String problem = mismatch(info, spec.hash(), version);
    if (problem == null && !info.path("shard").asText().equals(shard.k() + "/" + shard.n())) {
      problem = "it holds shard " + info.path("shard").asText() + ", not " + shard.k() + "/" + shard.n();
    }
    if (problem != null) {
      throw new OutputException("--resume " + dir + ": " + problem);
    }
    try {
      String text = Files.readString(dir.resolve(ROWS), StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n') + 1;
      // A run killed mid-line leaves a partial last line: it is dropped and run again.
      Files.writeString(dir.resolve(ROWS), text.substring(0, end), StandardCharsets.UTF_8);
      List<String> lines = text.substring(0, end).lines().toList();
      if (lines.isEmpty() || !lines.get(0).equals(header)) {
        throw new OutputException("--resume " + dir + ": sweep.csv does not have this sweep's columns");
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", 3);
        done.add(Sweep.key(Integer.parseInt(f[0]), Integer.parseInt(f[1])));
      }
    } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new OutputException("--resume " + dir + ": cannot read sweep.csv (" + e.getMessage() + ")");
    }
  }

  /** Why a folder's sweep.json does not belong to this sweep and version, or null. */
  static String mismatch(JsonNode info, String hash, String version) {
    if (!info.path("sweepHash").asText().equals(hash)) {
      return "it belongs to a different sweep file (" + info.path("sweepFile").asText() + ")";
    }
    if (!info.path("gapfillVersion").asText().equals(version)) {
      return "it was made by gapfill " + info.path("gapfillVersion").asText() + ", this is " + version;
    }
    return null;
  }

  static JsonNode readInfo(Path dir) {
    try {
      return JSON.readTree(Files.readString(dir.resolve(INFO), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OutputException(dir + ": not a sweep folder (no readable " + INFO + ")");
    }
  }

  /** The (point, replicate) keys already done (after a resume). */
  public Set<Long> done() {
    return done;
  }

  public Path path() {
    return dir;
  }

  /** Appends one finished run and flushes it to disk. */
  public void append(Sweep.Row row) {
    try {
      if (rows == null) {
        rows = Files.newBufferedWriter(dir.resolve(ROWS), StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
      }
      rows.write(line(row));
      rows.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(ROWS), e);
    }
  }

  static String line(Sweep.Row row) {
    StringBuilder b = new StringBuilder();
    b.append(row.task().point()).append(',').append(row.task().replicate()).append(',')
        .append(row.seed());
    for (String v : row.values()) {
      b.append(',').append(CsvWriter.quote(v));
    }
    for (double m : row.metrics()) {
      b.append(',').append(CsvWriter.number(m));
    }
    return b.append('\n').toString();
  }

  /** Sorts the rows by point and replicate and marks the folder complete. */
  public int finish() {
    close();
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(ROWS), StandardCharsets.UTF_8));
      List<String> body = sorted(lines.subList(1, lines.size()));
      writeAtomically(dir.resolve(ROWS), header + "\n" + String.join("\n", body) + (body.isEmpty() ? "" : "\n"));
      writeInfo(body.size() == tasks, body.size());
      return body.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish " + dir, e);
    }
  }

  static List<String> sorted(List<String> body) {
    List<String> out = new ArrayList<>(body);
    out.sort((a, b) -> {
      String[] x = a.split(",", 3);
      String[] y = b.split(",", 3);
      int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
      return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    });
    return out;
  }

  private void writeInfo(boolean complete, int rowCount) throws IOException {
    String json = "{\n  \"gapfillVersion\": " + Manifest.string(version)
        + ",\n  \"sweepFile\": " + Manifest.string(spec.file())
        + ",\n  \"sweepHash\": " + Manifest.string(spec.hash())
        + ",\n  \"shard\": " + Manifest.string(shard.k() + "/" + shard.n())
        + ",\n  \"tasks\": " + tasks
        + ",\n  \"rows\": " + rowCount
        + ",\n  \"complete\": " + complete + "\n}\n";
    writeAtomically(dir.resolve(INFO), json);
  }

  static void writeAtomically(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() {
    if (rows != null) {
      try {
        rows.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows = null;
    }
  }
}
