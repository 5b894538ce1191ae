package org.gapfill.scenario;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Param;

/**
 * Writes the values of a YAML map onto a parameter object through its {@code @Param} fields,
 * checking type and range of every value; each problem is recorded with its place and path,
 * and the binding goes on, so one pass reports everything.
 */
final class Binder {
  private final Problems problems;
  /** The node that last set each path, for checks that need the whole scenario. */
  final Map<String, Yaml.Node> placed = new java.util.HashMap<>();

  Binder(Problems problems) {
    this.problems = problems;
  }

  /** Applies a map onto an object; keys in {@code handled} belong to the caller and are skipped. */
  void applyMap(Object target, Yaml.MapNode map, String prefix, Set<String> handled) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (Field f : FieldKind.fieldsOf(target.getClass())) {
      fields.put(f.getName(), f);
    }
    for (Yaml.Entry e : map.entries().values()) {
      if (handled.contains(e.key())) {
        continue;
      }
      Field f = fields.get(e.key());
      String path = join(prefix, e.key());
      if (f == null) {
        List<String> known = new ArrayList<>(fields.keySet());
        known.addAll(handled);
        problems.add(e.keyNode(), path, "unknown key" + Suggest.hint(e.key(), known)
            + " (see 'gapfill describe' for every key)");
        continue;
      }
      applyField(target, f, e.value(), path);
    }
  }

  static String join(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  /** Applies one value to one field. */
  void applyField(Object target, Field f, Yaml.Node value, String path) {
    placed.put(path, value);
    try {
      switch (FieldKind.of(f)) {
        case SECTION -> {
          Yaml.MapNode m = map(value, path);
          if (m != null) {
            applyMap(f.get(target), m, path, Set.of());
          }
        }
        case NUMBER -> {
          Double v = number(value, path, f.getAnnotation(Param.class));
          if (v != null) {
            f.setDouble(target, v);
          }
        }
        case WHOLE -> {
          Long v = whole(value, path, f.getAnnotation(Param.class));
          if (v != null) {
            if (f.getType() == int.class) {
              f.setInt(target, (int) (long) v);
            } else {
              f.setLong(target, v);
            }
          }
        }
        case BOOLEAN -> {
          Boolean v = bool(value, path);
          if (v != null) {
            f.setBoolean(target, v);
          }
        }
        case TEXT -> {
          String v = text(value, path);
          if (v != null) {
            f.set(target, v);
          }
        }
        case WORD -> {
          Object v = word(value, path, f.getType());
          if (v != null) {
            f.set(target, v);
          }
        }
        case KEYED_NUMBERS -> keyed(target, f, value, path);
        case ELIGIBILITY -> eligibility((Eligibility[][]) f.get(target), value, path);
        case DOMAIN_LIST -> {
          Set<Domain> v = domains(value, path);
          if (v != null) {
            f.set(target, v);
          }
        }
        case WEEK_LIST -> {
          List<Integer> v = weeks(value, path);
          if (v != null) {
            f.set(target, v);
          }
        }
        default -> throw new IllegalStateException(f.toString());
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("parameter field not accessible: " + f, e);
    }
  }

  // --- values ---

  Yaml.MapNode map(Yaml.Node n, String path) {
    if (n instanceof Yaml.MapNode m) {
      return m;
    }
    problems.add(n, path, "expected a map of keys and values, got " + n.kind());
    return null;
  }

  private Yaml.ScalarNode scalar(Yaml.Node n, String path) {
    if (n instanceof Yaml.ScalarNode s && !s.isNull()) {
      return s;
    }
    problems.add(n, path, n instanceof Yaml.ScalarNode ? "a value is missing" : "expected a single value, got " + n.kind());
    return null;
  }

  Double number(Yaml.Node n, String path, Param range) {
    Yaml.ScalarNode s = scalar(n, path);
    if (s == null) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(s.text().trim());
    } catch (NumberFormatException e) {
      problems.add(n, path, "expected a number, got '" + s.text() + "'");
      return null;
    }
    if (!Double.isFinite(v) || s.text().trim().matches("(?i).*(nan|infinity|0x).*")) {
      problems.add(n, path, "expected a finite number, got '" + s.text() + "'");
      return null;
    }
    return inRange(n, path, v, range) ? v : null;
  }

  Long whole(Yaml.Node n, String path, Param range) {
    Double v = number(n, path, range);
    if (v == null) {
      return null;
    }
    if (v != Math.rint(v) || Math.abs(v) > 9.0e15) {
      problems.add(n, path, "expected a whole number, got " + ((Yaml.ScalarNode) n).text());
      return null;
    }
    return (long) (double) v;
  }

  private boolean inRange(Yaml.Node n, String path, double v, Param range) {
    if (range == null || (v >= range.min() && v <= range.max())) {
      return true;
    }
    problems.add(n, path, format(v) + " is out of range (allowed: " + rangeText(range) + ")");
    return false;
  }

  static String rangeText(Param p) {
    boolean lo = p.min() != Double.NEGATIVE_INFINITY;
    boolean hi = p.max() != Double.POSITIVE_INFINITY;
    if (lo && hi) {
      return format(p.min()) + " to " + format(p.max());
    }
    if (lo) {
      return "at least " + format(p.min());
    }
    return hi ? "at most " + format(p.max()) : "any number";
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  Boolean bool(Yaml.Node n, String path) {
    Yaml.ScalarNode s = scalar(n, path);
    if (s == null) {
      return null;
    }
    if (s.text().equals("true") || s.text().equals("false")) {
      return Boolean.valueOf(s.text());
    }
    problems.add(n, path, "expected true or false, got '" + s.text() + "'");
    return null;
  }

  String text(Yaml.Node n, String path) {
    Yaml.ScalarNode s = scalar(n, path);
    return s == null ? null : s.text();
  }

  /** An enum constant named by its scenario word. */
  Object word(Yaml.Node n, String path, Class<?> enumType) {
    Yaml.ScalarNode s = scalar(n, path);
    if (s == null) {
      return null;
    }
    for (Object c : enumType.getEnumConstants()) {
      if (c.toString().equals(s.text())) {
        return c;
      }
    }
    List<String> words = FieldKind.words(enumType);
    if (enumType == LegalStatus.class) {
      words.remove(LegalStatus.REGULARISED.word());
    }
    problems.add(n, path, "unknown value '" + s.text() + "'" + Suggest.hint(s.text(), words)
        + " (allowed: " + String.join(", ", words) + ")");
    return null;
  }

  private void keyed(Object target, Field f, Yaml.Node value, String path)
      throws IllegalAccessException {
    Yaml.MapNode m = map(value, path);
    if (m == null) {
      return;
    }
    List<String> keys = FieldKind.keys(f);
    double[] array = (double[]) f.get(target);
    Param range = f.getAnnotation(Param.class);
    for (Yaml.Entry e : m.entries().values()) {
      int k = keys.indexOf(e.key());
      String p = join(path, e.key());
      if (k < 0) {
        problems.add(e.keyNode(), p, "unknown key" + Suggest.hint(e.key(), keys)
            + " (allowed: " + String.join(", ", keys) + ")");
        continue;
      }
      Double v = number(e.value(), p, range);
      if (v != null) {
        array[k] = v;
      }
    }
    if (range != null && range.sumsToOne()) {
      double sum = 0;
      for (double v : array) {
        sum += v;
      }
      if (Math.abs(sum - 1) > 1e-6) {
        problems.add(m, path, "shares must sum to 1, they sum to " + format(Math.round(sum * 1e6) / 1e6)
            + " (" + String.join(", ", keys) + ")");
      }
    }
  }

  private void eligibility(Eligibility[][] matrix, Yaml.Node value, String path) {
    Yaml.MapNode m = map(value, path);
    if (m == null) {
      return;
    }
    for (Yaml.Entry e : m.entries().values()) {
      String p = join(path, e.key());
      LegalStatus s = LegalStatus.fromWord(e.key());
      if (s == null || s == LegalStatus.REGULARISED) {
        List<String> statuses = List.of("asylumSeeker", "rejected", "undocumented");
        problems.add(e.keyNode(), p, "unknown status" + Suggest.hint(e.key(), statuses)
            + " (allowed: " + String.join(", ", statuses) + ")");
        continue;
      }
      Yaml.MapNode row = map(e.value(), p);
      if (row == null) {
        continue;
      }
      for (Yaml.Entry cell : row.entries().values()) {
        String cp = join(p, cell.key());
        Domain d = Domain.fromWord(cell.key());
        if (d == null) {
          problems.add(cell.keyNode(), cp, "unknown domain" + Suggest.hint(cell.key(), domainWords())
              + " (allowed: " + String.join(", ", domainWords()) + ")");
          continue;
        }
        Object v = word(cell.value(), cp, Eligibility.class);
        if (v != null) {
          matrix[s.ordinal()][d.ordinal()] = (Eligibility) v;
        }
      }
    }
  }

  static List<String> domainWords() {
    return FieldKind.words(Domain.class);
  }

  Set<Domain> domains(Yaml.Node value, String path) {
    List<Yaml.Node> items = list(value, path);
    if (items == null) {
      return null;
    }
    Set<Domain> out = java.util.EnumSet.noneOf(Domain.class);
    for (Yaml.Node item : items) {
      Object d = word(item, path, Domain.class);
      if (d != null) {
        out.add((Domain) d);
      }
    }
    if (items.isEmpty()) {
      problems.add(value, path, "at least one domain is needed (allowed: "
          + String.join(", ", domainWords()) + ")");
      return null;
    }
    return out;
  }

  List<Yaml.Node> list(Yaml.Node value, String path) {
    if (value instanceof Yaml.ListNode l) {
      return l.items();
    }
    problems.add(value, path, "expected a list, got " + value.kind());
    return null;
  }

  private List<Integer> weeks(Yaml.Node value, String path) {
    List<Yaml.Node> items = list(value, path);
    if (items == null) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    for (Yaml.Node item : items) {
      Long w = whole(item, path, null);
      if (w != null) {
        if (w < 0 || w > Integer.MAX_VALUE) {
          problems.add(item, path, w + " is not a week (allowed: 0 or more)");
        } else {
          out.add((int) (long) w);
        }
      }
    }
    return out;
  }
}
