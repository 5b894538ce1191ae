package org.gapfill.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gapfill.model.Params;
import org.gapfill.model.agent.CsoParams;

/**
 * Reads a scenario file into {@link Params} (DESIGN §2): strict YAML, {@code extends} (this
 * file's values override its parent's; {@code csos}, {@code ties} and {@code events} are
 * appended, a CSO with the same name replacing the inherited one), type defaults for CSOs,
 * then {@code --set PATH=VALUE} overrides, then checks that need the whole scenario (event
 * weeks, names). Every problem found is reported at once in a {@link ScenarioException}.
 */
public final class ScenarioLoader {
  /** Top-level keys read by the loader rather than bound to a parameter field. */
  static final Set<String> LISTS = Set.of("extends", "csos", "ties", "events");

  private final Problems problems = new Problems();
  private final Binder binder = new Binder(problems);
  private final CsoReader csoReader = new CsoReader(problems, binder);
  private final List<EventReader.Raw> events = new ArrayList<>();
  private final List<Yaml.Node> tieNodes = new ArrayList<>();
  private final Params params = new Params();

  private ScenarioLoader() {
  }

  /** Loads a scenario file. */
  public static Params load(Path file) throws ScenarioException {
    return load(file, List.of());
  }

  /** Loads a scenario file and applies {@code PATH=VALUE} overrides. */
  public static Params load(Path file, List<String> sets) throws ScenarioException {
    ScenarioLoader loader = new ScenarioLoader();
    loader.loadFile(file, null, new ArrayDeque<>());
    return loader.finish(sets);
  }

  /** Loads a scenario from text; {@code label} names it in messages, {@code dir} resolves extends. */
  public static Params loadText(String text, String label, Path dir, List<String> sets)
      throws ScenarioException {
    ScenarioLoader loader = new ScenarioLoader();
    loader.loadTree(Yaml.parse(text, label, loader.problems), dir.resolve(label), new ArrayDeque<>());
    return loader.finish(sets);
  }

  private Params finish(List<String> sets) throws ScenarioException {
    Overrides.apply(params, sets, binder, problems);
    Ties.check(params, tieNodes, problems);
    checkSnapshotWeeks();
    params.events.clear();
    params.events.addAll(new EventReader(problems, binder, csoReader).read(events, params));
    problems.throwIfAny();
    return params;
  }

  private void loadFile(Path file, Yaml.Node referrer, Deque<Path> chain) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      fileProblem(file, referrer, "no such file");
      return;
    } catch (IOException e) {
      fileProblem(file, referrer, "cannot read (" + e.getMessage() + ")");
      return;
    }
    loadTree(Yaml.parse(text, file.toString(), problems), file, chain);
  }

  private void fileProblem(Path file, Yaml.Node referrer, String what) {
    if (referrer == null) {
      problems.add(file.toString(), 1, 1, "", what);
    } else {
      problems.add(referrer, "extends", file + ": " + what);
    }
  }

  private void loadTree(Yaml.Node root, Path file, Deque<Path> chain) {
    if (root == null) {
      return;
    }
    if (!(root instanceof Yaml.MapNode map)) {
      problems.add(root, "", "a scenario is a map of keys (name, migrants, csos, ...), not " + root.kind());
      return;
    }
    Path normal = file.toAbsolutePath().normalize();
    chain.push(normal);
    Yaml.Entry parent = map.entries().get("extends");
    if (parent != null) {
      loadParent(parent, normal, chain);
    }
    String nameBefore = params.name;
    binder.applyMap(params, map, "", LISTS);
    if (!map.entries().containsKey("name") && chain.size() == 1 && nameBefore.equals("default")) {
      params.name = stem(file);
    }
    readCsos(map.entries().get("csos"));
    readList(map.entries().get("ties"), "ties", tieNodes);
    readEvents(map.entries().get("events"));
    chain.pop();
  }

  private void loadParent(Yaml.Entry parent, Path file, Deque<Path> chain) {
    String target = binder.text(parent.value(), "extends");
    if (target == null || target.equals("null")) {
      return;
    }
    Path resolved = file.getParent().resolve(target).toAbsolutePath().normalize();
    if (chain.contains(resolved)) {
      List<String> cycle = new ArrayList<>();
      for (Path p : chain) {
        cycle.add(0, p.getFileName().toString());
      }
      cycle.add(resolved.getFileName().toString());
      problems.add(parent.value(), "extends", "cycle of extends: " + String.join(" -> ", cycle));
      return;
    }
    loadFile(resolved, parent.value(), chain);
  }

  private void readCsos(Yaml.Entry entry) {
    List<Yaml.Node> items = new ArrayList<>();
    readList(entry, "csos", items);
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < items.size(); k++) {
      Yaml.MapNode block = binder.map(items.get(k), "csos[" + k + "]");
      CsoParams c = block == null ? null : csoReader.read(block, "csos[" + k + "]");
      if (c == null) {
        continue;
      }
      if (!seen.add(c.name)) {
        problems.add(block, "csos[" + c.name + "]", "duplicate CSO name in this file");
        continue;
      }
      replaceOrAdd(c);
    }
  }

  private void replaceOrAdd(CsoParams c) {
    for (int k = 0; k < params.csos.size(); k++) {
      if (params.csos.get(k).name.equals(c.name)) {
        params.csos.set(k, c);
        return;
      }
    }
    params.csos.add(c);
  }

  private void readEvents(Yaml.Entry entry) {
    List<Yaml.Node> items = new ArrayList<>();
    readList(entry, "events", items);
    for (int k = 0; k < items.size(); k++) {
      Yaml.MapNode m = binder.map(items.get(k), "events[" + k + "]");
      if (m != null) {
        events.add(new EventReader.Raw(m, k));
      }
    }
  }

  private void readList(Yaml.Entry entry, String path, List<Yaml.Node> into) {
    if (entry == null || (entry.value() instanceof Yaml.ScalarNode s && s.isNull())) {
      return;
    }
    List<Yaml.Node> items = binder.list(entry.value(), path);
    if (items != null) {
      into.addAll(items);
    }
  }

  private void checkSnapshotWeeks() {
    Yaml.Node at = binder.placed.get("networkSnapshotWeeks");
    for (int w : params.networkSnapshotWeeks) {
      if (w >= params.horizonWeeks && at != null) {
        problems.add(at, "networkSnapshotWeeks", "week " + w + " is after the run (allowed: 0 to "
            + (params.horizonWeeks - 1) + ")");
      }
    }
  }

  static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
