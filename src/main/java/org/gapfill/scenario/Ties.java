package org.gapfill.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gapfill.model.Domain;
import org.gapfill.model.Params;
import org.gapfill.model.agent.CsoParams;

/** Reads the {@code ties:} of a scenario once all CSOs are known, so both ends can be checked. */
final class Ties {
  private Ties() {
  }

  static void check(Params params, List<Yaml.Node> nodes, Problems problems) {
    Binder binder = new Binder(problems);
    List<String> ends = new ArrayList<>();
    for (CsoParams c : params.csos) {
      ends.add(c.name);
    }
    for (Domain d : Domain.values()) {
      ends.add("public." + d.word());
    }
    for (int k = 0; k < nodes.size(); k++) {
      String path = "ties[" + k + "]";
      Yaml.MapNode m = binder.map(nodes.get(k), path);
      if (m == null) {
        continue;
      }
      Params.TieParams t = new Params.TieParams();
      t.strength = Double.NaN;
      binder.applyMap(t, m, path, Set.of());
      boolean ok = end(m, "from", t.from, path, ends, problems) & end(m, "to", t.to, path, ends, problems);
      if (Double.isNaN(t.strength)) {
        problems.add(m, path, "strength is missing (allowed: 0 to 1)");
        ok = false;
      }
      if (ok && t.from.equals(t.to)) {
        problems.add(m, path, "a tie needs two different ends");
        ok = false;
      }
      if (ok) {
        params.ties.add(t);
      }
    }
  }

  private static boolean end(Yaml.MapNode m, String key, String value, String path,
      List<String> ends, Problems problems) {
    if (!m.entries().containsKey(key)) {
      problems.add(m, path, key + " is missing (a CSO name or public.DOMAIN)");
      return false;
    }
    if (value != null && !ends.contains(value)) {
      problems.add(m.entries().get(key).value(), path + "." + key, "no CSO or public service named '"
          + value + "'" + Suggest.hint(value, ends) + " (allowed: a CSO name or public.DOMAIN)");
      return false;
    }
    return value != null;
  }
}
