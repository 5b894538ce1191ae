package org.gapfill.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FragilityTest {

    private static final double EPS = 1e-12;

    // Adjacency lists are written out literally so the hand cases do not depend on Fragility.adjacency.
    private static final int[][] STAR5 = {{1, 2, 3, 4}, {0}, {0}, {0}, {0}};
    private static final int[][] PATH5 = {{1}, {0, 2}, {1, 3}, {2, 4}, {3}};
    private static final int[][] K5 = {
        {1, 2, 3, 4}, {0, 2, 3, 4}, {0, 1, 3, 4}, {0, 1, 2, 4}, {0, 1, 2, 3}
    };
    private static final int[][] BOWTIE = {{1, 2}, {0, 2}, {0, 1, 3, 4}, {2, 4}, {2, 3}};
    private static final int[][] EMPTY = {};
    private static final int[][] ISOLATED3 = {{}, {}, {}};
    private static final int[][] TWO_EDGES = {{1}, {0}, {3}, {2}};

    private static boolean[] set(int n, int... members) {
        boolean[] b = new boolean[n];
        for (int m : members) {
            b[m] = true;
        }
        return b;
    }

    @Test
    void star() {
        assertEquals(1.0, Fragility.giantComponentShare(STAR5), EPS);
        assertEquals(5, Fragility.largestComponentSize(STAR5));
        assertArrayEquals(set(5, 0), Fragility.articulationPoints(STAR5));
        assertEquals(1, Fragility.articulationPointCount(STAR5));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, Fragility.componentLabels(STAR5));
        // Degrees 4,1,1,1,1. Order: 0 (deg 4), then all isolated -> 1, 2, 3, 4 by lowest index.
        // Giant sizes after Q=1..5: 1,1,1,1,0 -> sum 4 -> R = 4/25 = (N-1)/N^2.
        assertEquals(4.0 / 25.0, Fragility.schneiderRobustness(STAR5), EPS);
        assertEquals(1.0, Fragility.pairReach(STAR5, new int[] {1, 2}, new int[] {4, 3}, 2), EPS);
    }

    @Test
    void path() {
        assertEquals(1.0, Fragility.giantComponentShare(PATH5), EPS);
        assertArrayEquals(set(5, 1, 2, 3), Fragility.articulationPoints(PATH5));
        assertEquals(3, Fragility.articulationPointCount(PATH5));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, Fragility.componentLabels(PATH5));
        // Degrees 1,2,2,2,1: remove 1 (lowest of the deg-2 ties) -> {0},{2,3,4}: giant 3.
        // Degrees now 0:0, 2:1, 3:2, 4:1: remove 3 -> {0},{2},{4}: giant 1.
        // All degree 0: remove 0 -> giant 1; remove 2 -> giant 1; remove 4 -> giant 0.
        // Order 1,3,0,2,4; sizes 3,1,1,1,0 -> sum 6 -> R = 6/25.
        assertEquals(6.0 / 25.0, Fragility.schneiderRobustness(PATH5), EPS);
        assertEquals(1.0, Fragility.pairReach(PATH5, new int[] {0}, new int[] {4}, 1), EPS);
    }

    @Test
    void completeGraph() {
        assertEquals(1.0, Fragility.giantComponentShare(K5), EPS);
        assertArrayEquals(new boolean[5], Fragility.articulationPoints(K5));
        assertEquals(0, Fragility.articulationPointCount(K5));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, Fragility.componentLabels(K5));
        // All ties, so removal order 0,1,2,3,4; remaining clique sizes 4,3,2,1,0 -> sum 10 -> R = 10/25 = (N-1)/(2N).
        assertEquals(10.0 / 25.0, Fragility.schneiderRobustness(K5), EPS);
        assertEquals(1.0, Fragility.pairReach(K5, new int[] {0, 3}, new int[] {4, 1}, 2), EPS);
    }

    @Test
    void bowtie() {
        assertEquals(1.0, Fragility.giantComponentShare(BOWTIE), EPS);
        assertArrayEquals(set(5, 2), Fragility.articulationPoints(BOWTIE));
        assertEquals(1, Fragility.articulationPointCount(BOWTIE));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, Fragility.componentLabels(BOWTIE));
        // Degrees 2,2,4,2,2: remove 2 -> {0,1},{3,4}: giant 2.
        // All degree 1: remove 0 -> {1},{3,4}: giant 2.
        // Degrees 1:0, 3:1, 4:1: remove 3 -> {1},{4}: giant 1.
        // Both degree 0: remove 1 -> giant 1; remove 4 -> giant 0.
        // Order 2,0,3,1,4; sizes 2,2,1,1,0 -> sum 6 -> R = 6/25.
        assertEquals(6.0 / 25.0, Fragility.schneiderRobustness(BOWTIE), EPS);
        assertEquals(1.0, Fragility.pairReach(BOWTIE, new int[] {0}, new int[] {4}, 1), EPS);
    }

    @Test
    void emptyGraph() {
        assertEquals(0.0, Fragility.giantComponentShare(EMPTY), EPS);
        assertEquals(0, Fragility.largestComponentSize(EMPTY));
        assertEquals(0, Fragility.articulationPoints(EMPTY).length);
        assertEquals(0, Fragility.articulationPointCount(EMPTY));
        assertEquals(0, Fragility.componentLabels(EMPTY).length);
        assertEquals(0.0, Fragility.schneiderRobustness(EMPTY), EPS);
        assertEquals(0.0, Fragility.pairReach(EMPTY, new int[0], new int[0], 0), EPS);
        assertEquals(0, Fragility.adjacency(0, new int[0], new int[0], 0).length);
    }

    @Test
    void isolatedNodes() {
        // Three singletons: giant 1 of 3.
        assertEquals(1.0 / 3.0, Fragility.giantComponentShare(ISOLATED3), EPS);
        assertArrayEquals(new boolean[3], Fragility.articulationPoints(ISOLATED3));
        assertArrayEquals(new int[] {0, 1, 2}, Fragility.componentLabels(ISOLATED3));
        // Order 0,1,2 (all degree 0); giant sizes 1,1,0 -> sum 2 -> R = 2/9.
        assertEquals(2.0 / 9.0, Fragility.schneiderRobustness(ISOLATED3), EPS);
        // (0,0) reaches itself, (0,1) does not; the third pair is beyond `pairs` and must be ignored.
        assertEquals(0.5, Fragility.pairReach(ISOLATED3, new int[] {0, 0, 2}, new int[] {0, 1, 2}, 2), EPS);
        assertEquals(0.0, Fragility.pairReach(ISOLATED3, new int[] {0}, new int[] {1}, 0), EPS);
    }

    @Test
    void disconnectedTwoEdges() {
        // Components {0,1} and {2,3}: giant 2 of 4.
        assertEquals(0.5, Fragility.giantComponentShare(TWO_EDGES), EPS);
        assertArrayEquals(new boolean[4], Fragility.articulationPoints(TWO_EDGES));
        assertEquals(0, Fragility.articulationPointCount(TWO_EDGES));
        assertArrayEquals(new int[] {0, 0, 1, 1}, Fragility.componentLabels(TWO_EDGES));
        // All degree 1: remove 0 -> {1},{2,3}: giant 2.
        // Degrees 1:0, 2:1, 3:1: remove 2 -> {1},{3}: giant 1.
        // Remove 1 -> giant 1; remove 3 -> giant 0.
        // Order 0,2,1,3; sizes 2,1,1,0 -> sum 4 -> R = 4/16 = 1/4.
        assertEquals(0.25, Fragility.schneiderRobustness(TWO_EDGES), EPS);
        // (0,1) yes, (1,2) no, (3,2) yes, (0,3) no -> 2/4.
        assertEquals(0.5,
                Fragility.pairReach(TWO_EDGES, new int[] {0, 1, 3, 0}, new int[] {1, 2, 2, 3}, 4), EPS);
    }

    @Test
    void labelsNumberedByLowestNodeIndex() {
        // Components {0,4}, {1,3}, {2}: ids must follow the lowest member index 0,1,2.
        int[][] adj = {{4}, {3}, {}, {1}, {0}};
        assertArrayEquals(new int[] {0, 1, 2, 1, 0}, Fragility.componentLabels(adj));
    }

    @Test
    void adjacencyDropsSelfLoopsAndDuplicates() {
        // Edges: 0-1, 1-0 (duplicate), 2-2 (self loop), 1-2, 0-1 (duplicate); the trailing 3-0 is beyond `edges`.
        int[] a = {0, 1, 2, 1, 0, 3};
        int[] b = {1, 0, 2, 2, 1, 0};
        int[][] adj = Fragility.adjacency(4, a, b, 5);
        assertArrayEquals(new int[] {1}, adj[0]);
        assertArrayEquals(new int[] {0, 2}, adj[1]);
        assertArrayEquals(new int[] {1}, adj[2]);
        assertArrayEquals(new int[] {}, adj[3]);
        assertThrows(IllegalArgumentException.class, () -> Fragility.adjacency(2, new int[] {0}, new int[] {2}, 1));
    }

    @Test
    void deepPathDoesNotOverflowStack() {
        // A 100k-node path would blow a recursive DFS; every interior node is a cut vertex.
        int n = 100_000;
        int[] a = new int[n - 1];
        int[] b = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            a[i] = i;
            b[i] = i + 1;
        }
        int[][] adj = Fragility.adjacency(n, a, b, n - 1);
        assertEquals(n - 2, Fragility.articulationPointCount(adj));
        boolean[] cut = Fragility.articulationPoints(adj);
        assertFalse(cut[0]);
        assertFalse(cut[n - 1]);
        assertEquals(n, Fragility.largestComponentSize(adj));
    }

    @Test
    void randomGraphsMatchBruteForce() {
        Random rnd = new Random(20240611L);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + rnd.nextInt(12);
            int m = rnd.nextInt(2 * n + 1);
            // Raw edge lists may contain self loops and duplicates, which also exercises adjacency().
            int[] ea = new int[m];
            int[] eb = new int[m];
            for (int e = 0; e < m; e++) {
                ea[e] = rnd.nextInt(n);
                eb[e] = rnd.nextInt(n);
            }
            int[][] adj = Fragility.adjacency(n, ea, eb, m);
            assertSimpleSymmetric(adj);

            int before = componentsWithout(n, ea, eb, -1);
            boolean[] cut = Fragility.articulationPoints(adj);
            for (int v = 0; v < n; v++) {
                // A node is a cut vertex iff deleting it increases the component count of the others.
                boolean expected = componentsWithout(n, ea, eb, v) > before;
                assertEquals(expected, cut[v], "trial " + trial + " node " + v);
            }
            assertEquals(largestByUnionFind(n, ea, eb), Fragility.largestComponentSize(adj), "trial " + trial);
        }
    }

    private static void assertSimpleSymmetric(int[][] adj) {
        for (int i = 0; i < adj.length; i++) {
            for (int k = 0; k < adj[i].length; k++) {
                int j = adj[i][k];
                assertTrue(j != i, "self loop at " + i);
                for (int k2 = k + 1; k2 < adj[i].length; k2++) {
                    assertTrue(adj[i][k2] != j, "duplicate " + i + "-" + j);
                }
                boolean back = false;
                for (int x : adj[j]) {
                    back |= x == i;
                }
                assertTrue(back, "asymmetric " + i + "-" + j);
            }
        }
    }

    /** Union-find component count over nodes other than {@code skip} (skip = -1 keeps all). */
    private static int componentsWithout(int n, int[] ea, int[] eb, int skip) {
        int[] parent = unionAll(n, ea, eb, skip);
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i != skip && find(parent, i) == i) {
                count++;
            }
        }
        return count;
    }

    private static int largestByUnionFind(int n, int[] ea, int[] eb) {
        int[] parent = unionAll(n, ea, eb, -1);
        int[] size = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            best = Math.max(best, ++size[find(parent, i)]);
        }
        return best;
    }

    private static int[] unionAll(int n, int[] ea, int[] eb, int skip) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < ea.length; e++) {
            if (ea[e] != skip && eb[e] != skip) {
                parent[find(parent, ea[e])] = find(parent, eb[e]);
            }
        }
        return parent;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }
}
