package org.gapfill.model;

/**
 * The order of a simulated week (DESIGN §1.5). Each phase is one MASON Steppable scheduled
 * every week with its ordinal as the ordering, so the whole week reads in one place.
 */
public enum Phase {
  POLICY,
  NEEDS,
  HELP_SEEKING,
  PUBLIC_SERVICES,
  CSOS,
  POLITICS,
  VOLUNTEERS,
  TIES,
  POPULATION,
  METRICS
}
