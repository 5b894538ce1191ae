package org.gapfill.scenario;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Param;
import org.gapfill.model.Params;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;

/**
 * Every parameter path of a scenario with its type, range, value and meaning, read from the
 * {@code @Param} declarations: what {@code gapfill describe} prints and what the scenario
 * reference in docs/ is generated from.
 */
public final class Catalog {
  /** One parameter path. */
  public record Leaf(String path, String type, String range, String value, String unit,
      String meaning) {
  }

  private final List<Leaf> leaves = new ArrayList<>();

  private Catalog() {
  }

  /** The paths of a scenario's parameters (its own values; CSOs by name). */
  public static List<Leaf> of(Params params) {
    Catalog c = new Catalog();
    c.object(params, "");
    for (CsoParams cso : params.csos) {
      c.object(cso, "csos[" + cso.name + "]");
    }
    return c.leaves;
  }

  /**
   * The paths of the defaults: the scenario-wide parameters, then the fields of a CSO (the
   * values shown are those of a civic CSO; each type has its own, see Table 14.1).
   */
  public static List<Leaf> defaults() {
    Catalog c = new Catalog();
    c.object(new Params(), "");
    c.object(CsoParams.ofType("NAME", CsoType.CIVIC, Domain.HEALTH), "csos[NAME]");
    return c.leaves;
  }

  private void object(Object target, String prefix) {
    for (Field f : FieldKind.fieldsOf(target.getClass())) {
      String path = Binder.join(prefix, f.getName());
      Object value = get(f, target);
      Param p = f.getAnnotation(Param.class);
      switch (FieldKind.of(f)) {
        case SECTION -> object(value, path);
        case KEYED_NUMBERS -> {
          List<String> keys = FieldKind.keys(f);
          double[] v = (double[]) value;
          for (int k = 0; k < keys.size(); k++) {
            add(path + "." + keys.get(k), "number", Binder.rangeText(p)
                + (p.sumsToOne() ? ", sums to 1" : ""), ScenarioWriter.number(v[k]), p);
          }
        }
        case ELIGIBILITY -> {
          Eligibility[][] m = (Eligibility[][]) value;
          for (int s = 0; s < LegalStatus.SIMULATED; s++) {
            for (Domain d : Domain.values()) {
              add(path + "." + LegalStatus.of(s).word() + "." + d.word(), "word",
                  "eligible, discretionary, excluded", m[s][d.ordinal()].word(), p);
            }
          }
        }
        default -> add(path, type(f), range(f, p), text(value), p);
      }
    }
  }

  private void add(String path, String type, String range, String value, Param p) {
    leaves.add(new Leaf(path, type, range, value, p == null ? "" : p.unit(),
        p == null ? "" : p.doc()));
  }

  private static String type(Field f) {
    return switch (FieldKind.of(f)) {
      case NUMBER -> "number";
      case WHOLE -> "whole number";
      case BOOLEAN -> "true/false";
      case TEXT -> "text";
      case WORD -> "word";
      case DOMAIN_LIST -> "list of domains";
      case WEEK_LIST -> "list of weeks";
      default -> f.getType().getSimpleName();
    };
  }

  private static String range(Field f, Param p) {
    return switch (FieldKind.of(f)) {
      case NUMBER, WHOLE -> Binder.rangeText(p);
      case WORD -> String.join(", ", FieldKind.words(f.getType()));
      case DOMAIN_LIST -> String.join(", ", Binder.domainWords());
      case WEEK_LIST -> "0 to horizonWeeks - 1";
      default -> "";
    };
  }

  private static String text(Object v) {
    if (v instanceof Double d) {
      return ScenarioWriter.number(d);
    }
    if (v instanceof java.util.Collection<?> c) {
      List<String> items = new ArrayList<>();
      c.forEach(o -> items.add(String.valueOf(o)));
      return "[" + String.join(", ", items) + "]";
    }
    return String.valueOf(v);
  }

  private static Object get(Field f, Object target) {
    try {
      return f.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The scenario reference (docs/scenario-reference.md) as Markdown, from the same leaves. */
  public static String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Scenario reference\n\n");
    b.append("Generated from the parameter declarations by `gapfill describe --markdown`; a test\n");
    b.append("fails when this file and the code drift apart. Every path can be set in a scenario\n");
    b.append("file (as nested YAML keys) or on the command line with `--set PATH=VALUE`. CSO fields\n");
    b.append("not given in a scenario take their type's default (Table 14.1); the values shown for\n");
    b.append("`csos[NAME]` are a civic CSO's.\n\n");
    b.append("| path | type | allowed | default | unit | meaning |\n");
    b.append("|---|---|---|---|---|---|\n");
    for (Leaf l : defaults()) {
      b.append("| `").append(l.path()).append("` | ").append(l.type()).append(" | ")
          .append(cell(l.range())).append(" | ").append(cell(l.value())).append(" | ")
          .append(cell(l.unit())).append(" | ").append(cell(l.meaning())).append(" |\n");
    }
    b.append("\n## Events\n\n");
    b.append("Each event has `at` (a week from 0 to horizonWeeks − 1) and `type`, and these fields\n");
    b.append("(`?` marks optional ones). A `target` is `all`, a CSO type or a CSO name.\n\n");
    b.append("| type | fields |\n|---|---|\n");
    EventReader.FIELDS.forEach((type, fields) ->
        b.append("| `").append(type).append("` | ").append(String.join(", ", fields)).append(" |\n"));
    return b.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
