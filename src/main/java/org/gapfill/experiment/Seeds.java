package org.gapfill.experiment;

/**
 * Seeds of replicates derived from a base seed. A replicate's seed depends only on the base seed
 * and its own index, never on the thread count or on how many replicates run, so replicate 7 of
 * a 10-replicate run is replicate 7 of a 100-replicate run.
 */
public final class Seeds {
  /** SplitMix64's increment (the golden ratio in 64 bits). */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  /** Bits dropped so that seeds stay below 2^53. */
  private static final int DROPPED_BITS = 11;

  private Seeds() {
  }

  /**
   * The seed of a replicate (1-based, as in result files). Neighbouring base seeds and indices
   * give unrelated seeds. Seeds are non-negative and below 2^53 so that R, pandas and JSON
   * readers, which hold numbers as doubles, read them back exactly and can rerun a replicate.
   */
  public static long replicateSeed(long baseSeed, int replicate) {
    long z = mix64(baseSeed);
    z = mix64(z + GOLDEN_GAMMA * replicate);
    return z >>> DROPPED_BITS;
  }

  /** SplitMix64's finaliser (Steele, Lea and Flood 2014): every input bit affects every output bit. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
