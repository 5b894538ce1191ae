package org.gapfill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {
  @Test
  void everyReplicateOfABaseSeedGetsItsOwnSeed() {
    Set<Long> seen = new HashSet<>();
    for (int r = 1; r <= 1000; r++) {
      assertTrue(seen.add(Seeds.replicateSeed(42, r)), "replicate " + r + " repeats a seed");
    }
  }

  @Test
  void seedsAreStableAcrossCallsAndDependOnlyOnBaseAndIndex() {
    long third = Seeds.replicateSeed(7, 3);
    for (int k = 0; k < 5; k++) {
      assertEquals(third, Seeds.replicateSeed(7, 3));
    }
    assertNotEquals(third, Seeds.replicateSeed(8, 3), "neighbouring base seeds must differ");
    assertNotEquals(Seeds.replicateSeed(7, 1), Seeds.replicateSeed(8, 1));
  }

  @Test
  void seedsAreExactlyRepresentableAsDoubles() {
    for (long base : new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE}) {
      for (int r = 1; r <= 100; r++) {
        long seed = Seeds.replicateSeed(base, r);
        assertTrue(seed >= 0 && seed < (1L << 53), "seed " + seed + " out of [0, 2^53)");
        assertEquals(seed, (long) (double) seed);
      }
    }
  }

  @Test
  void seedsAreNotTheBaseSeedPlusTheIndex() {
    // A plain base + r would make base 1's replicate 2 equal base 2's replicate 1.
    assertNotEquals(Seeds.replicateSeed(1, 2), Seeds.replicateSeed(2, 1));
  }
}
