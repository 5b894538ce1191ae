package org.gapfill.model.network;

import java.util.Arrays;

/**
 * Static, allocation-conscious structural fragility measures on undirected simple graphs given as adjacency lists.
 */
public final class Fragility {

    private Fragility() {
        // Utility class: no instances.
    }

    /**
     * Builds symmetric, deduplicated adjacency lists for {@code n} nodes from the first {@code edges} entries of an edge list, ignoring self loops and repeated edges.
     */
    public static int[][] adjacency(int n, int[] edgeA, int[] edgeB, int edges) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        if (edges < 0 || edges > edgeA.length || edges > edgeB.length) {
            throw new IllegalArgumentException("edges out of range: " + edges);
        }
        // Two-pass CSR build so that only a few flat arrays are allocated regardless of edge count.
        int[] start = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            int a = edgeA[e];
            int b = edgeB[e];
            checkNode(a, n);
            checkNode(b, n);
            if (a != b) {
                start[a + 1]++;
                start[b + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = new int[n];
        int[] nbr = new int[start[n]];
        for (int e = 0; e < edges; e++) {
            int a = edgeA[e];
            int b = edgeB[e];
            if (a != b) {
                nbr[start[a] + fill[a]++] = b;
                nbr[start[b] + fill[b]++] = a;
            }
        }
        // Stamping with (owner + 1) lets one mark array deduplicate every list without clearing it between nodes.
        int[] mark = fill;
        Arrays.fill(mark, 0);
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            int stamp = i + 1;
            int unique = 0;
            for (int p = start[i]; p < start[i + 1]; p++) {
                int j = nbr[p];
                if (mark[j] != stamp) {
                    mark[j] = stamp;
                    nbr[start[i] + unique++] = j; // compact in place; order of first appearance is kept
                }
            }
            adj[i] = Arrays.copyOfRange(nbr, start[i], start[i] + unique);
        }
        return adj;
    }

    /**
     * Returns a component id per node, numbered 0..k-1 in order of each component's lowest node index.
     */
    public static int[] componentLabels(int[][] adj) {
        int n = adj.length;
        int[] label = new int[n];
        Arrays.fill(label, -1);
        // Iterative BFS with a single flat queue: recursion would overflow the stack on ~10^5-node paths.
        int[] queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = next;
            while (head < tail) {
                int u = queue[head++];
                for (int v : adj[u]) {
                    if (label[v] < 0) {
                        label[v] = next;
                        queue[tail++] = v;
                    }
                }
            }
            next++;
        }
        return label;
    }

    /**
     * Returns the number of nodes in the largest connected component (0 for the empty graph).
     */
    public static int largestComponentSize(int[][] adj) {
        int n = adj.length;
        if (n == 0) {
            return 0;
        }
        int[] label = componentLabels(adj);
        // Labels are dense 0..k-1 with k <= n, so a size-n histogram suffices.
        int[] size = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            int s = ++size[label[i]];
            if (s > best) {
                best = s;
            }
        }
        return best;
    }

    /**
     * Returns the largest component size divided by the node count (0 for the empty graph).
     */
    public static double giantComponentShare(int[][] adj) {
        int n = adj.length;
        return n == 0 ? 0.0 : (double) largestComponentSize(adj) / n;
    }

    /**
     * Flags the articulation points (cut vertices) using an iterative Hopcroft-Tarjan low-link search over every component.
     */
    public static boolean[] articulationPoints(int[][] adj) {
        int n = adj.length;
        boolean[] cut = new boolean[n];
        int[] disc = new int[n]; // 0 = unvisited, otherwise discovery time + 1
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] edgeIdx = new int[n]; // next neighbour position to scan: the explicit-stack replacement for recursion state
        int[] stack = new int[n];
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] != 0) {
                continue;
            }
            int rootChildren = 0;
            int top = 0;
            stack[top++] = root;
            parent[root] = -1;
            disc[root] = low[root] = ++time;
            edgeIdx[root] = 0;
            while (top > 0) {
                int u = stack[top - 1];
                int[] nu = adj[u];
                if (edgeIdx[u] < nu.length) {
                    int v = nu[edgeIdx[u]++];
                    if (disc[v] == 0) {
                        parent[v] = u;
                        disc[v] = low[v] = ++time;
                        edgeIdx[v] = 0;
                        stack[top++] = v;
                        if (u == root) {
                            rootChildren++;
                        }
                    } else if (v != parent[u] && disc[v] < low[u]) {
                        // Back edge; skipping the parent is safe because the graph has no parallel edges.
                        low[u] = disc[v];
                    }
                } else {
                    // u is finished: propagate its low-link to the parent, as the recursive return would.
                    top--;
                    int p = parent[u];
                    if (p >= 0) {
                        if (low[u] < low[p]) {
                            low[p] = low[u];
                        }
                        if (p != root && low[u] >= disc[p]) {
                            cut[p] = true;
                        }
                    }
                }
            }
            // The DFS root is special: it is a cut vertex exactly when it has two or more DFS children.
            cut[root] = rootChildren >= 2;
        }
        return cut;
    }

    /**
     * Returns the number of articulation points in the graph.
     */
    public static int articulationPointCount(int[][] adj) {
        boolean[] cut = articulationPoints(adj);
        int count = 0;
        for (boolean c : cut) {
            if (c) {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns the Schneider et al. (2011) robustness R = (1/N) sum over Q=1..N of the giant-component fraction of the original N nodes after an adaptive highest-degree attack removes Q nodes (ties to the lowest index).
     */
    public static double schneiderRobustness(int[][] adj) {
        int n = adj.length;
        if (n == 0) {
            return 0.0;
        }
        // Reusable working arrays: nothing is allocated inside the removal loop.
        boolean[] removed = new boolean[n];
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            degree[i] = adj[i].length;
        }
        int[] seen = new int[n]; // BFS visit stamp per round, so it never needs clearing
        int[] queue = new int[n];
        long sum = 0; // integer sum of giant sizes keeps the result exact until the final division
        for (int q = 1; q <= n; q++) {
            // Adaptive attack: pick the highest current degree; strict '>' keeps the lowest index on ties.
            int target = -1;
            int bestDeg = -1;
            for (int i = 0; i < n; i++) {
                if (!removed[i] && degree[i] > bestDeg) {
                    bestDeg = degree[i];
                    target = i;
                }
            }
            removed[target] = true;
            for (int v : adj[target]) {
                if (!removed[v]) {
                    degree[v]--;
                }
            }
            sum += largestAliveComponent(adj, removed, seen, queue, q);
        }
        return (double) sum / ((double) n * n);
    }

    /** Largest component among non-removed nodes; {@code stamp} marks this round's visits in {@code seen}. */
    private static int largestAliveComponent(int[][] adj, boolean[] removed, int[] seen, int[] queue, int stamp) {
        int n = adj.length;
        int best = 0;
        for (int s = 0; s < n; s++) {
            if (removed[s] || seen[s] == stamp) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            seen[s] = stamp;
            while (head < tail) {
                int u = queue[head++];
                for (int v : adj[u]) {
                    if (!removed[v] && seen[v] != stamp) {
                        seen[v] = stamp;
                        queue[tail++] = v;
                    }
                }
            }
            if (tail > best) {
                best = tail;
            }
        }
        return best;
    }

    /**
     * Returns the share of the first {@code pairs} (from[i], to[i]) pairs whose endpoints lie in the same component (0 when pairs is 0).
     */
    public static double pairReach(int[][] adj, int[] from, int[] to, int pairs) {
        if (pairs < 0 || pairs > from.length || pairs > to.length) {
            throw new IllegalArgumentException("pairs out of range: " + pairs);
        }
        if (pairs == 0) {
            return 0.0;
        }
        // One labelling pass makes every pair query O(1) instead of a BFS per pair.
        int[] label = componentLabels(adj);
        int reached = 0;
        for (int i = 0; i < pairs; i++) {
            if (label[from[i]] == label[to[i]]) {
                reached++;
            }
        }
        return (double) reached / pairs;
    }

    private static void checkNode(int v, int n) {
        if (v < 0 || v >= n) {
            throw new IllegalArgumentException("node index out of range: " + v + " (n=" + n + ")");
        }
    }
}
