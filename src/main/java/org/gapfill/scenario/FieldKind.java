package org.gapfill.scenario;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Param;
import org.gapfill.model.agent.Skill;

/**
 * How a parameter field is written in a scenario: a scalar, a map keyed by domain, status or
 * skill, the eligibility matrix, a list of domains or of weeks, or a nested section.
 */
enum FieldKind {
  NUMBER, WHOLE, BOOLEAN, TEXT, WORD, KEYED_NUMBERS, ELIGIBILITY, DOMAIN_LIST, WEEK_LIST, SECTION;

  static FieldKind of(Field f) {
    Class<?> t = f.getType();
    if (t == double.class) {
      return NUMBER;
    }
    if (t == int.class || t == long.class) {
      return WHOLE;
    }
    if (t == boolean.class) {
      return BOOLEAN;
    }
    if (t == String.class) {
      return TEXT;
    }
    if (t.isEnum()) {
      return WORD;
    }
    if (t == double[].class) {
      return KEYED_NUMBERS;
    }
    if (t == Eligibility[][].class) {
      return ELIGIBILITY;
    }
    if (t == Set.class) {
      return DOMAIN_LIST;
    }
    if (t == List.class && f.getGenericType() instanceof ParameterizedType pt
        && pt.getActualTypeArguments()[0] == Integer.class) {
      return WEEK_LIST;
    }
    return SECTION;
  }

  /** The key words of a keyed array field, in index order. */
  static List<String> keys(Field f) {
    List<String> keys = new ArrayList<>();
    switch (f.getName()) {
      case "statusMix":
        for (int s = 0; s < LegalStatus.SIMULATED; s++) {
          keys.add(LegalStatus.of(s).word());
        }
        break;
      case "volunteerSkills":
        for (Skill s : Skill.values()) {
          keys.add(s.word());
        }
        break;
      default:
        for (Domain d : Domain.values()) {
          keys.add(d.word());
        }
    }
    return keys;
  }

  /** The words an enum field accepts. */
  static List<String> words(Class<?> enumType) {
    List<String> words = new ArrayList<>();
    for (Object c : enumType.getEnumConstants()) {
      words.add(c.toString());
    }
    return words;
  }

  /** The annotated parameter fields and nested sections of a class, in declaration order. */
  static List<Field> fieldsOf(Class<?> type) {
    List<Field> out = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      int mods = f.getModifiers();
      if (java.lang.reflect.Modifier.isStatic(mods) || !java.lang.reflect.Modifier.isPublic(mods)) {
        continue;
      }
      if (f.isAnnotationPresent(Param.class) || isSection(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** A nested section: a public final field holding another parameter object of the model. */
  static boolean isSection(Field f) {
    return !f.isAnnotationPresent(Param.class) && java.lang.reflect.Modifier.isFinal(f.getModifiers())
        && f.getType().getName().startsWith("org.gapfill.model.")
        && !fieldsOf(f.getType()).isEmpty();
  }
}
