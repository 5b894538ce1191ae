package org.gapfill.scenario;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapfill.model.Params;
import org.gapfill.model.agent.CsoParams;

/**
 * {@code --set PATH=VALUE}: a dotted path (DESIGN §2: {@code municipality.discretion},
 * {@code csos[AmberMed].grantPerWeek}, {@code municipality.eligibility.rejected.housing})
 * becomes a one-value YAML tree and goes through the same binder as a file, so it is checked
 * the same way. Events and ties cannot be set by path. Problems name {@code --set} as the file,
 * the override's position as the line, and the character as the column.
 */
public final class Overrides {
  /** The pseudo file name of command-line overrides in messages. */
  public static final String SOURCE = "--set";

  private Overrides() {
  }

  static void apply(Params params, List<String> sets, Binder binder, Problems problems) {
    for (int k = 0; k < sets.size(); k++) {
      apply(params, sets.get(k), k + 1, binder, problems);
    }
  }

  /** Applies one override to finished parameters (used by sweeps); throws on any problem. */
  public static void apply(Params params, String assignment) throws ScenarioException {
    Problems problems = new Problems();
    apply(params, assignment, 1, new Binder(problems), problems);
    problems.throwIfAny();
  }

  private static void apply(Params params, String assignment, int line, Binder binder,
      Problems problems) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      problems.add(SOURCE, line, 1, assignment, "expected PATH=VALUE, e.g. municipality.discretion=0.3");
      return;
    }
    String path = assignment.substring(0, eq).trim();
    String value = assignment.substring(eq + 1).trim();
    Yaml.Node valueNode = valueNode(value, line, eq + 2, problems);
    if (valueNode == null) {
      return;
    }
    List<String> segments = segments(path);
    String head = segments.get(0);
    if (head.equals("events") || head.startsWith("events[") || head.equals("ties")
        || head.startsWith("ties[") || head.equals("extends")) {
      problems.add(SOURCE, line, 1, path, head.replaceAll("\\[.*", "")
          + " cannot be overridden by path (edit the scenario file)");
      return;
    }
    if (head.startsWith("csos[") && head.endsWith("]")) {
      String name = head.substring(5, head.length() - 1);
      CsoParams cso = find(params, name);
      if (cso == null) {
        List<String> names = new ArrayList<>();
        params.csos.forEach(c -> names.add(c.name));
        problems.add(SOURCE, line, 1, path, "no CSO named '" + name + "'" + Suggest.hint(name, names)
            + " (CSOs: " + String.join(", ", names) + ")");
        return;
      }
      if (segments.size() < 2) {
        problems.add(SOURCE, line, 1, path, "name a field of the CSO, e.g. " + head + ".grantPerWeek");
        return;
      }
      binder.applyMap(cso, tree(segments.subList(1, segments.size()), valueNode, line), head,
          Set.of("name", "type"));
      return;
    }
    binder.applyMap(params, tree(segments, valueNode, line), "", ScenarioLoader.LISTS);
  }

  private static CsoParams find(Params params, String name) {
    for (CsoParams c : params.csos) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** Splits at dots, keeping {@code csos[Name with . dots]} whole. */
  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char ch : path.toCharArray()) {
      if (ch == '[') {
        depth++;
      } else if (ch == ']') {
        depth--;
      }
      if (ch == '.' && depth == 0) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(ch);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static Yaml.MapNode tree(List<String> segments, Yaml.Node leaf, int line) {
    Yaml.Node node = leaf;
    Yaml.MapNode map = null;
    for (int k = segments.size() - 1; k >= 0; k--) {
      Map<String, Yaml.Entry> entries = new LinkedHashMap<>();
      String key = segments.get(k);
      entries.put(key, new Yaml.Entry(key, new Yaml.ScalarNode(SOURCE, line, 1, key,
          JsonToken.FIELD_NAME), node));
      map = new Yaml.MapNode(SOURCE, line, 1, entries);
      node = map;
    }
    return map;
  }

  /** A list or map value ({@code [health, legal]}) is read as YAML; anything else as text. */
  private static Yaml.Node valueNode(String value, int line, int column, Problems problems) {
    if (value.startsWith("[") || value.startsWith("{")) {
      Problems local = new Problems();
      Yaml.Node n = Yaml.parse(value, SOURCE, local);
      if (n == null || !local.isEmpty()) {
        problems.add(SOURCE, line, column, "", "cannot read '" + value + "' as a YAML list or map");
        return null;
      }
      return relocate(n, line, column);
    }
    return new Yaml.ScalarNode(SOURCE, line, column, value.isEmpty() ? null : value,
        JsonToken.VALUE_STRING);
  }

  private static Yaml.Node relocate(Yaml.Node n, int line, int column) {
    if (n instanceof Yaml.ListNode l) {
      List<Yaml.Node> items = new ArrayList<>();
      l.items().forEach(i -> items.add(relocate(i, line, column)));
      return new Yaml.ListNode(SOURCE, line, column, items);
    }
    if (n instanceof Yaml.MapNode m) {
      Map<String, Yaml.Entry> entries = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> entries.put(k, new Yaml.Entry(k,
          (Yaml.ScalarNode) relocate(e.keyNode(), line, column), relocate(e.value(), line, column))));
      return new Yaml.MapNode(SOURCE, line, column, entries);
    }
    Yaml.ScalarNode s = (Yaml.ScalarNode) n;
    return new Yaml.ScalarNode(SOURCE, line, column, s.text(), s.token());
  }
}
