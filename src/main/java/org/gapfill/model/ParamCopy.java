package org.gapfill.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Deep copies of parameter objects field by field, so that adding a parameter never needs a
 * matching line in a copy method (a forgotten line would silently share or drop a value).
 * Immutable values (numbers, strings, enums, records) are shared; arrays, sets, lists and
 * nested parameter objects are copied.
 */
public final class ParamCopy {
  private ParamCopy() {
  }

  /** Copies every public instance field of {@code from} into {@code to} (same class). */
  public static <T> T into(T from, T to) {
    if (from.getClass() != to.getClass()) {
      throw new IllegalArgumentException(from.getClass() + " into " + to.getClass());
    }
    try {
      for (Field f : from.getClass().getFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        Object value = f.get(from);
        if (Modifier.isFinal(f.getModifiers())) {
          copyInPlace(value, f.get(to));
        } else {
          f.set(to, copyOf(value));
        }
      }
      return to;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("parameter fields must be public", e);
    }
  }

  /** A final field keeps its object: nested parameters are copied into it, lists refilled. */
  @SuppressWarnings("unchecked")
  private static void copyInPlace(Object from, Object to) {
    if (from instanceof Collection<?> c) {
      Collection<Object> target = (Collection<Object>) to;
      target.clear();
      for (Object item : c) {
        target.add(copyOf(item));
      }
    } else {
      into(from, to);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object copyOf(Object v) {
    if (v instanceof double[] a) {
      return a.clone();
    }
    if (v instanceof Object[][] m) {
      Object[][] out = m.clone();
      for (int k = 0; k < out.length; k++) {
        out[k] = m[k].clone();
      }
      return out;
    }
    if (v instanceof EnumSet s) {
      return EnumSet.copyOf(s);
    }
    if (v instanceof Set<?> s && s.isEmpty()) {
      return s;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object item : l) {
        out.add(copyOf(item));
      }
      return out;
    }
    if (v != null && v.getClass().getName().startsWith("org.gapfill.model.") && !v.getClass().isEnum()
        && !v.getClass().isRecord()) {
      try {
        return into(v, v.getClass().getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot copy " + v.getClass(), e);
      }
    }
    return v;
  }
}
