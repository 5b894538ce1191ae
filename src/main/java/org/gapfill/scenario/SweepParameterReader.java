package org.gapfill.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gapfill.model.Params;

/**
 * Reads one swept parameter and checks it the way {@code --set} checks a value: the path must
 * exist in the base scenario and its extremes (or every listed value) must be allowed there.
 */
final class SweepParameterReader {
  private static final Set<String> KEYS = Set.of("min", "max", "steps", "values");

  private final Problems problems;
  private final Binder binder;
  private final Params base;
  private final SweepSpec.Method method;
  /** The path's own place, where problems of the path (not of a value) are reported. */
  private Yaml.Node key;

  SweepParameterReader(Problems problems, Binder binder, Params base, SweepSpec.Method method) {
    this.problems = problems;
    this.binder = binder;
    this.base = base;
    this.method = method;
  }

  SweepSpec.Parameter read(String path, Yaml.Entry entry) {
    key = entry.keyNode();
    String where = "parameters." + path;
    Yaml.MapNode m = binder.map(entry.value(), where);
    if (m == null) {
      return null;
    }
    for (Yaml.Entry e : m.entries().values()) {
      if (!KEYS.contains(e.key())) {
        problems.add(e.keyNode(), where + "." + e.key(), "unknown key" + Suggest.hint(e.key(), KEYS)
            + " (allowed: min and max with optional steps, or values)");
      }
    }
    if (m.entries().containsKey("values")) {
      return listed(path, where, m, entry);
    }
    return ranged(path, where, m, entry);
  }

  private SweepSpec.Parameter listed(String path, String where, Yaml.MapNode m, Yaml.Entry entry) {
    List<Yaml.Node> items = binder.list(m.entries().get("values").value(), where + ".values");
    if (items == null) {
      return null;
    }
    if (items.isEmpty()) {
      problems.add(m, where + ".values", "at least one value is needed");
      return null;
    }
    List<String> values = new ArrayList<>();
    for (Yaml.Node item : items) {
      String v = binder.text(item, where + ".values");
      if (v != null && check(path, v, item)) {
        values.add(v);
      }
    }
    return values.size() == items.size() ? new SweepSpec.Parameter(path, 0, 0, 0, values,
        isWhole(path)) : null;
  }

  private SweepSpec.Parameter ranged(String path, String where, Yaml.MapNode m, Yaml.Entry entry) {
    Double min = number(m, "min", where);
    Double max = number(m, "max", where);
    int steps = 0;
    if (m.entries().containsKey("steps")) {
      Long s = binder.whole(m.entries().get("steps").value(), where + ".steps", null);
      if (s != null && (s < 2 || s > 10_000)) {
        problems.add(m.entries().get("steps").value(), where + ".steps", s
            + " is out of range (allowed: 2 to 10000)");
      } else if (s != null) {
        steps = (int) (long) s;
      }
    } else if (method == SweepSpec.Method.GRID) {
      problems.add(m, where, "a grid needs steps or values for each parameter");
    }
    if (min == null || max == null) {
      return null;
    }
    if (min > max) {
      problems.add(m.entries().get("min").value(), where + ".min", "min " + Binder.format(min)
          + " is greater than max " + Binder.format(max));
      return null;
    }
    boolean ok = check(path, ScenarioWriter.number(min), m.entries().get("min").value())
        & check(path, ScenarioWriter.number(max), m.entries().get("max").value());
    return ok ? new SweepSpec.Parameter(path, min, max, steps, null, isWhole(path)) : null;
  }

  private Double number(Yaml.MapNode m, String key, String where) {
    Yaml.Entry e = m.entries().get(key);
    if (e == null) {
      problems.add(m, where, key + " is missing (give min and max, or values)");
      return null;
    }
    return binder.number(e.value(), where + "." + key, null);
  }

  /** Applies PATH=VALUE to a copy of the base; its problems are reported at this node. */
  private boolean check(String path, String value, Yaml.Node at) {
    if (base == null) {
      return true;
    }
    try {
      Overrides.apply(base.copy(), path + "=" + value);
      return true;
    } catch (ScenarioException e) {
      for (ScenarioError err : e.errors()) {
        // Overrides place path problems at column 1 and value problems after the '='.
        problems.add(err.column() == 1 ? key : at, err.path().isEmpty() ? path : err.path(),
            err.message());
      }
      return false;
    }
  }

  private boolean isWhole(String path) {
    if (base == null) {
      return false;
    }
    for (Catalog.Leaf leaf : Catalog.of(base)) {
      if (leaf.path().equals(path)) {
        return leaf.type().equals("whole number");
      }
    }
    return false;
  }
}
