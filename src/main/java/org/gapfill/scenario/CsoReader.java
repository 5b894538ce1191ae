package org.gapfill.scenario;

import java.util.Set;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;

/**
 * Reads one CSO block: its name and type first, then the type's defaults (Table 14.1) with
 * every field the block sets written over them.
 */
final class CsoReader {
  private static final Set<String> HEAD = Set.of("name", "type");

  private final Problems problems;
  private final Binder binder;

  CsoReader(Problems problems, Binder binder) {
    this.problems = problems;
    this.binder = binder;
  }

  /** The CSO of a block, or null when its name or type cannot be read. */
  CsoParams read(Yaml.MapNode block, String path) {
    Yaml.Entry nameEntry = block.entries().get("name");
    Yaml.Entry typeEntry = block.entries().get("type");
    String name = null;
    if (nameEntry == null) {
      problems.add(block, path, "name is missing (every CSO needs a unique name)");
    } else {
      name = binder.text(nameEntry.value(), path + ".name");
      if (name != null && (name.startsWith("public.") || name.isBlank())) {
        problems.add(nameEntry.value(), path + ".name", "'" + name
            + "' cannot name a CSO (not blank, not starting with 'public.')");
        name = null;
      }
    }
    String here = name == null ? path : "csos[" + name + "]";
    CsoType type = null;
    if (typeEntry == null) {
      problems.add(block, here, "type is missing (allowed: civic, institutional, autonomous)");
    } else {
      type = (CsoType) binder.word(typeEntry.value(), here + ".type", CsoType.class);
    }
    if (!block.entries().containsKey("domains")) {
      problems.add(block, here, "domains is missing (the domains the CSO serves, e.g. [health])");
    }
    if (name == null || type == null) {
      return null;
    }
    CsoParams c = CsoParams.ofType(name, type);
    binder.applyMap(c, block, here, HEAD);
    return c;
  }
}
