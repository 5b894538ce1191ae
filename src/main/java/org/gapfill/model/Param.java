package org.gapfill.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as a scenario parameter and documents it: what it means, its unit and the
 * range a scenario may set. The scenario loader, {@code gapfill describe}, the scenario
 * reference and the GUI all read this one declaration, so they cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {
  /** One sentence: what the value means. */
  String doc();

  /** The unit, or a word such as "probability" or "share" (empty when self-evident). */
  String unit() default "";

  /** Smallest allowed value (numbers, and the length of lists). */
  double min() default Double.NEGATIVE_INFINITY;

  /** Largest allowed value. */
  double max() default Double.POSITIVE_INFINITY;

  /** For a per-domain, per-status or per-skill array: its entries must sum to 1. */
  boolean sumsToOne() default false;
}
