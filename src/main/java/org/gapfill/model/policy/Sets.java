package org.gapfill.model.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets in declaration order, so event descriptions never depend on hashing. */
final class Sets {
  private Sets() {
  }

  static <E extends Enum<E>> Set<E> frozen(Collection<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    if (values != null) {
      copy.addAll(values);
    }
    return Collections.unmodifiableSet(copy);
  }
}
