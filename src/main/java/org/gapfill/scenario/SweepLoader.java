package org.gapfill.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapfill.model.Params;
import org.gapfill.model.metrics.Metric;

/**
 * Reads a sweep file (strict YAML, same error format as scenarios): {@code scenario},
 * {@code design: {method, samples, seed}}, {@code replicates}, {@code parameters} (each a path
 * with {@code {min, max}}, {@code {min, max, steps}} or {@code {values: [...]}}) and
 * {@code metrics}. Each parameter path is checked against the base scenario with its extreme
 * values, exactly as {@code --set} would be.
 */
public final class SweepLoader {
  private static final Set<String> TOP = Set.of("scenario", "design", "replicates", "parameters",
      "metrics");
  private static final Set<String> DESIGN = Set.of("method", "samples", "seed");
  private static final int MAX_SAMPLES = 10_000_000;

  private final Problems problems = new Problems();
  private final Binder binder = new Binder(problems);

  private SweepLoader() {
  }

  /** Reads and checks a sweep file; every problem is reported at once. */
  public static SweepSpec load(Path file) throws ScenarioException {
    return new SweepLoader().read(file);
  }

  private SweepSpec read(Path file) throws ScenarioException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      problems.add(file.toString(), 1, 1, "", "no such file");
      throw exception();
    } catch (IOException e) {
      problems.add(file.toString(), 1, 1, "", "cannot read (" + e.getMessage() + ")");
      throw exception();
    }
    Yaml.Node root = Yaml.parse(new String(bytes, StandardCharsets.UTF_8), file.toString(), problems);
    if (!(root instanceof Yaml.MapNode map)) {
      if (root != null) {
        problems.add(root, "", "a sweep file is a map (scenario, design, replicates, parameters, metrics)");
      }
      throw exception();
    }
    checkKeys(map, TOP, "");
    Params base = scenario(map, file);
    Yaml.MapNode design = required(map, "design") instanceof Yaml.MapNode d ? d : null;
    SweepSpec.Method method = design == null ? null : method(design);
    int samples = design == null ? 0 : samples(design, method);
    long seed = design != null && design.entries().containsKey("seed")
        ? orZero(binder.whole(design.entries().get("seed").value(), "design.seed", null))
        : (base == null ? 1 : base.seed);
    int replicates = replicates(map);
    List<SweepSpec.Parameter> parameters = parameters(map, base, method);
    List<Metric> metrics = metrics(map);
    problems.throwIfAny();
    return new SweepSpec(file.toString(), sha256(bytes), base, method, samples, seed, replicates,
        parameters, metrics);
  }

  private ScenarioException exception() {
    try {
      problems.throwIfAny();
    } catch (ScenarioException e) {
      return e;
    }
    throw new IllegalStateException("no problem recorded");
  }

  private void checkKeys(Yaml.MapNode map, Set<String> allowed, String prefix) {
    for (Yaml.Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        problems.add(e.keyNode(), Binder.join(prefix, e.key()), "unknown key"
            + Suggest.hint(e.key(), allowed) + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  private Yaml.Node required(Yaml.MapNode map, String key) {
    Yaml.Entry e = map.entries().get(key);
    if (e == null) {
      problems.add(map, key, key + " is missing");
      return null;
    }
    return e.value();
  }

  private Params scenario(Yaml.MapNode map, Path file) {
    Yaml.Node n = required(map, "scenario");
    String name = n == null ? null : binder.text(n, "scenario");
    if (name == null) {
      return null;
    }
    Path scenario = file.toAbsolutePath().getParent().resolve(name).normalize();
    try {
      return ScenarioLoader.load(scenario);
    } catch (ScenarioException e) {
      for (ScenarioError err : e.errors()) {
        problems.add(err.file(), err.line(), err.column(), err.path(), err.message());
      }
      return null;
    }
  }

  private SweepSpec.Method method(Yaml.MapNode design) {
    checkKeys(design, DESIGN, "design");
    Yaml.Node n = required(design, "method");
    String word = n == null ? null : binder.text(n, "design.method");
    if (word == null) {
      return null;
    }
    for (SweepSpec.Method m : SweepSpec.Method.values()) {
      if (m.word().equals(word)) {
        return m;
      }
    }
    List<String> words = List.of("grid", "lhs", "sobol", "random");
    problems.add(n, "design.method", "unknown design '" + word + "'" + Suggest.hint(word, words)
        + " (allowed: grid, lhs, sobol, random)");
    return null;
  }

  private int samples(Yaml.MapNode design, SweepSpec.Method method) {
    Yaml.Entry e = design.entries().get("samples");
    if (method == SweepSpec.Method.GRID) {
      if (e != null) {
        problems.add(e.keyNode(), "design.samples", "a grid takes no samples; give each parameter "
            + "values or steps");
      }
      return 0;
    }
    if (e == null) {
      if (method != null) {
        problems.add(design, "design.samples", "samples is missing (the number of design points)");
      }
      return 0;
    }
    Long v = binder.whole(e.value(), "design.samples", null);
    if (v != null && (v < 1 || v > MAX_SAMPLES)) {
      problems.add(e.value(), "design.samples", v + " is out of range (allowed: 1 to " + MAX_SAMPLES + ")");
      return 0;
    }
    return v == null ? 0 : (int) (long) v;
  }

  private int replicates(Yaml.MapNode map) {
    Yaml.Node n = required(map, "replicates");
    Long v = n == null ? null : binder.whole(n, "replicates", null);
    if (v != null && (v < 1 || v > 100_000)) {
      problems.add(n, "replicates", v + " is out of range (allowed: 1 to 100000)");
      return 0;
    }
    return v == null ? 0 : (int) (long) v;
  }

  private List<Metric> metrics(Yaml.MapNode map) {
    Yaml.Node n = required(map, "metrics");
    List<Metric> out = new ArrayList<>();
    List<Yaml.Node> items = n == null ? null : binder.list(n, "metrics");
    if (items == null) {
      return out;
    }
    List<String> columns = new ArrayList<>();
    for (Metric m : Metric.values()) {
      columns.add(m.column());
    }
    for (Yaml.Node item : items) {
      String c = binder.text(item, "metrics");
      Metric m = c == null ? null : Metric.fromColumn(c);
      if (c != null && (m == null || m == Metric.WEEK)) {
        problems.add(item, "metrics", "unknown metric '" + c + "'" + Suggest.hint(c, columns)
            + " (see docs/metrics.md)");
      } else if (m != null) {
        out.add(m);
      }
    }
    if (items.isEmpty()) {
      problems.add(n, "metrics", "at least one metric is needed, e.g. [unmetNeed]");
    }
    return out;
  }

  private List<SweepSpec.Parameter> parameters(Yaml.MapNode map, Params base,
      SweepSpec.Method method) {
    Yaml.Node n = required(map, "parameters");
    List<SweepSpec.Parameter> out = new ArrayList<>();
    Yaml.MapNode params = n == null ? null : binder.map(n, "parameters");
    if (params == null) {
      return out;
    }
    if (params.entries().isEmpty()) {
      problems.add(params, "parameters", "at least one parameter path is needed");
    }
    for (Map.Entry<String, Yaml.Entry> e : params.entries().entrySet()) {
      SweepSpec.Parameter p = new SweepParameterReader(problems, binder, base, method)
          .read(e.getKey(), e.getValue());
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
