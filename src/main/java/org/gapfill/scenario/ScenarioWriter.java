package org.gapfill.scenario;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.policy.PolicyEvent;

/**
 * Writes {@link Params} as a complete scenario file: every parameter, every CSO with all its
 * fields, every tie and event, no {@code extends}. Loading the text gives the same parameters
 * back, so a result folder's {@code scenario.yaml} reproduces its run exactly. The output is
 * deterministic: the same parameters always give the same bytes.
 */
public final class ScenarioWriter {
  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();

  private ScenarioWriter() {
  }

  /** The resolved scenario as YAML text, with an optional comment line on top. */
  public static String write(Params params, String comment) {
    ScenarioWriter w = new ScenarioWriter();
    if (comment != null) {
      for (String line : comment.split("\n")) {
        w.out.append("# ").append(line).append('\n');
      }
    }
    w.object(params, 0);
    w.csos(params.csos);
    w.ties(params.ties);
    w.events(params.events);
    return w.out.toString();
  }

  private void object(Object target, int depth) {
    for (Field f : FieldKind.fieldsOf(target.getClass())) {
      Object v = get(f, target);
      String key = INDENT.repeat(depth) + f.getName() + ":";
      switch (FieldKind.of(f)) {
        case SECTION -> {
          out.append(key).append('\n');
          object(v, depth + 1);
        }
        case ELIGIBILITY -> eligibility((Eligibility[][]) v, key, depth);
        case KEYED_NUMBERS -> out.append(key).append(' ').append(keyed((double[]) v, FieldKind.keys(f)))
            .append('\n');
        default -> out.append(key).append(' ').append(scalar(v)).append('\n');
      }
    }
  }

  private void eligibility(Eligibility[][] matrix, String key, int depth) {
    out.append(key).append('\n');
    for (int s = 0; s < LegalStatus.SIMULATED; s++) {
      List<String> cells = new ArrayList<>();
      for (Domain d : Domain.values()) {
        cells.add(d.word() + ": " + matrix[s][d.ordinal()].word());
      }
      out.append(INDENT.repeat(depth + 1)).append(LegalStatus.of(s).word()).append(": {")
          .append(String.join(", ", cells)).append("}\n");
    }
  }

  private static String keyed(double[] values, List<String> keys) {
    List<String> cells = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      cells.add(keys.get(k) + ": " + number(values[k]));
    }
    return "{" + String.join(", ", cells) + "}";
  }

  private void csos(List<CsoParams> csos) {
    out.append(csos.isEmpty() ? "csos: []\n" : "csos:\n");
    for (CsoParams c : csos) {
      cso(c, INDENT, true);
    }
  }

  /** A CSO as a block (a list item or a map): name and type first, then every field. */
  private void cso(CsoParams c, String indent, boolean item) {
    out.append(indent).append(item ? "- " : "").append("name: ").append(quote(c.name)).append('\n');
    String inner = item ? indent + INDENT : indent;
    out.append(inner).append("type: ").append(c.type.word()).append('\n');
    for (Field f : FieldKind.fieldsOf(CsoParams.class)) {
      if (f.getName().equals("name") || f.getName().equals("type")) {
        continue;
      }
      Object v = get(f, c);
      out.append(inner).append(f.getName()).append(": ");
      out.append(FieldKind.of(f) == FieldKind.KEYED_NUMBERS
          ? keyed((double[]) v, FieldKind.keys(f)) : scalar(v)).append('\n');
    }
  }

  private void ties(List<Params.TieParams> ties) {
    out.append(ties.isEmpty() ? "ties: []\n" : "ties:\n");
    for (Params.TieParams t : ties) {
      out.append(INDENT).append("- {from: ").append(quote(t.from)).append(", to: ").append(quote(t.to))
          .append(", strength: ").append(number(t.strength)).append(", holder: ").append(t.holder.word())
          .append("}\n");
    }
  }

  private void events(List<PolicyEvent> events) {
    out.append(events.isEmpty() ? "events: []\n" : "events:\n");
    for (PolicyEvent e : events) {
      if (e instanceof PolicyEvent.CsoEntry entry) {
        out.append(INDENT).append("- at: ").append(e.at()).append('\n');
        out.append(INDENT).append(INDENT).append("type: csoEntry\n");
        out.append(INDENT).append(INDENT).append("cso:\n");
        cso(entry.cso(), INDENT.repeat(3), false);
        continue;
      }
      List<String> cells = new ArrayList<>();
      cells.add("at: " + e.at());
      cells.add("type: " + e.type());
      for (RecordComponent rc : e.getClass().getRecordComponents()) {
        if (rc.getName().equals("at")) {
          continue;
        }
        Object v = component(rc, e);
        if (v == null || (v instanceof Collection<?> c && c.isEmpty())) {
          continue;
        }
        cells.add(rc.getName() + ": " + scalar(v));
      }
      out.append(INDENT).append("- {").append(String.join(", ", cells)).append("}\n");
    }
  }

  private static String scalar(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof String s) {
      return quote(s);
    }
    if (v instanceof Collection<?> c) {
      List<String> items = new ArrayList<>();
      for (Object o : c) {
        items.add(scalar(o));
      }
      return "[" + String.join(", ", items) + "]";
    }
    return v.toString();
  }

  /** The shortest decimal that reads back as the same double, without exponent. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(Double.toString(v)).toPlainString();
  }

  /** A YAML double-quoted string. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static Object get(Field f, Object target) {
    try {
      return f.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object component(RecordComponent rc, Object record) {
    try {
      return rc.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
