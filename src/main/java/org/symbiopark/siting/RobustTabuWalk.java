package org.symbiopark.siting;

import java.util.SplittableRandom;

/**
 * One trajectory of robust tabu search (Taillard, "Robust taboo search for the quadratic
 * assignment problem", Parallel Computing 17, 1991) over swap moves of a {@link SwapSpace}.
 *
 * <p>The matrix of swap deltas is kept for every pair of movable items: after a swap of r and
 * s the delta of a pair disjoint from {r, s} changes by Taillard's O(1) formula for asymmetric
 * matrices, written here as {@code (a_u − a_v)(b_u − b_v) + (g_u − g_v)(h_u − h_v)} with
 * per-item vectors computed once per move; pairs containing r or s are recomputed in O(m). An
 * iteration thus costs O(m²), half of it when both matrices are symmetric. A move is tabu when it puts both items back on locations they
 * left within their tenure (drawn in [0.9, 1.1]·movable every 2·1.1·movable iterations); the
 * aspiration criteria accept a tabu move that improves the walk's best and force a move that
 * places an item where it has not been for {@code aspiration} iterations.
 *
 * <p>Not thread-safe: one walk per worker.
 */
final class RobustTabuWalk {

    /** Called with the new best cost of the walk and its permutation (not a copy). */
    interface BestListener {
        void improved(long cost, int[] permutation);
    }

    private final SwapSpace space;
    private final SplittableRandom random;
    private final int m;
    private final long[] f;
    private final long[] d;
    private final long[] c;
    private final long[] fT;
    /** {@code placed[i*m+j] = d[p(i)][p(j)]}: distances seen from the items, kept along with p. */
    private final long[] placed;
    /** Its transpose, kept only for asymmetric instances. */
    private final long[] placedT;
    private final boolean symmetric;
    private final int[] movable;
    private final int movableReal;
    private final long[] delta;
    private final long[] tabu;
    private final long[] a;
    private final long[] b;
    private final long[] g;
    private final long[] h;
    private final int minTenure;
    private final int maxTenure;
    private final long aspiration;

    /** Index of each item in {@link #movable}, -1 for pinned items. */
    private final int[] position;
    private final int[] p;
    private long cost;
    private final int[] best;
    private long bestCost;
    private long iteration;
    private long totalIterations;

    RobustTabuWalk(SwapSpace space, SplittableRandom random) {
        this.space = space;
        this.random = random;
        this.m = space.m;
        this.f = space.flow;
        this.d = space.distance;
        this.c = space.linear;
        this.fT = space.flowT;
        this.placed = new long[m * m];
        this.placedT = space.symmetric ? null : new long[m * m];
        this.symmetric = space.symmetric;
        this.movable = space.movable;
        this.movableReal = space.movableReal;
        this.delta = new long[m * m];
        this.tabu = new long[m * m];
        this.a = new long[m];
        this.b = new long[m];
        this.g = new long[m];
        this.h = new long[m];
        int size = Math.max(2, movable.length);
        this.minTenure = Math.max(1, (int) Math.floor(0.9 * size));
        this.maxTenure = Math.max(minTenure + 1, (int) Math.ceil(1.1 * size));
        this.aspiration = 5L * size * size;
        this.p = new int[m];
        this.best = new int[m];
        this.position = new int[m];
        java.util.Arrays.fill(position, -1);
        for (int x = 0; x < movable.length; x++) {
            position[movable[x]] = x;
        }
    }

    /** Starts the walk from a permutation; forgets the tabu memory and the walk's best. */
    void start(int[] start) {
        System.arraycopy(start, 0, p, 0, m);
        cost = space.cost(p);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                placed[i * m + j] = d[p[i] * m + p[j]];
                if (placedT != null) {
                    placedT[j * m + i] = placed[i * m + j];
                }
            }
        }
        System.arraycopy(p, 0, best, 0, m);
        bestCost = cost;
        for (int x = 0; x < movable.length; x++) {
            int r = movable[x];
            for (int y = x + 1; y < movable.length; y++) {
                int s = movable[y];
                delta[r * m + s] = fullDelta(r, s);
            }
        }
        for (int i : movable) {
            for (int k = 0; k < m; k++) {
                tabu[i * m + k] = iteration;
            }
        }
    }

    /**
     * Runs up to {@code iterations} moves or until {@code deadlineNanos} (System.nanoTime);
     * returns the moves done.
     */
    long run(long iterations, long deadlineNanos, BestListener listener) {
        return run(iterations, Long.MAX_VALUE, deadlineNanos, listener);
    }

    /**
     * As {@link #run(long, long, BestListener)}, also stopping once {@code stall} moves in a row
     * have not improved the walk's best.
     */
    long run(long iterations, long stall, long deadlineNanos, BestListener listener) {
        int count = movable.length;
        if (count < 2 || movableReal == 0) {
            return 0;
        }
        int tenure = minTenure;
        long done = 0;
        long sinceBest = 0;
        while (done < iterations && sinceBest < stall) {
            if ((done & 7) == 0 && System.nanoTime() - deadlineNanos >= 0) {
                break;
            }
            iteration++;
            if (iteration % (2L * maxTenure) == 0 || done == 0) {
                tenure = minTenure + random.nextInt(maxTenure - minTenure + 1);
            }
            int bestR = -1;
            int bestS = -1;
            long bestDelta = Long.MAX_VALUE;
            boolean aspired = false;
            long old = iteration - aspiration;
            for (int x = 0; x < movableReal; x++) {
                int r = movable[x];
                int pr = p[r];
                int rowR = r * m;
                for (int y = x + 1; y < count; y++) {
                    int s = movable[y];
                    long dl = delta[rowR + s];
                    long tr = tabu[rowR + p[s]];
                    long ts = tabu[s * m + pr];
                    boolean allowed = tr < iteration || ts < iteration;
                    boolean aspires = tr < old || ts < old || cost + dl < bestCost;
                    if (aspires) {
                        if (!aspired || dl < bestDelta) {
                            bestR = r;
                            bestS = s;
                            bestDelta = dl;
                            aspired = true;
                        }
                    } else if (!aspired && allowed && dl < bestDelta) {
                        bestR = r;
                        bestS = s;
                        bestDelta = dl;
                    }
                }
            }
            if (bestR < 0) {
                // every move is tabu: take any, so the walk goes on
                bestR = movable[random.nextInt(movableReal)];
                do {
                    bestS = movable[random.nextInt(count)];
                } while (bestS == bestR);
                if (bestS < bestR) {
                    int t = bestR;
                    bestR = bestS;
                    bestS = t;
                }
                bestDelta = delta[bestR * m + bestS];
            }
            swap(bestR, bestS, bestDelta, tenure);
            done++;
            totalIterations++;
            sinceBest++;
            if (cost < bestCost) {
                sinceBest = 0;
                bestCost = cost;
                System.arraycopy(p, 0, best, 0, m);
                if (listener != null) {
                    listener.improved(bestCost, best);
                }
            }
        }
        return done;
    }

    private void swap(int r, int s, long moveDelta, int tenure) {
        int pr = p[r];
        int ps = p[s];
        tabu[r * m + pr] = iteration + tenure;
        tabu[s * m + ps] = iteration + tenure;
        p[r] = ps;
        p[s] = pr;
        cost += moveDelta;
        applySwapToDeltas(r, s);
    }

    /** Updates the delta matrix after items r and s exchanged locations (p is already swapped). */
    private void applySwapToDeltas(int r, int s) {
        swapRowsAndColumns(placed, r, s);
        if (!symmetric) {
            swapRowsAndColumns(placedT, r, s);
        }
        int count = movable.length;
        int rowR = r * m;
        int rowS = s * m;
        for (int x = 0; x < count; x++) {
            int u = movable[x];
            a[u] = f[rowR + u] - f[rowS + u];
            b[u] = placed[rowS + u] - placed[rowR + u];
        }
        if (symmetric) {
            updateSymmetric(r, s);
        } else {
            for (int x = 0; x < count; x++) {
                int u = movable[x];
                g[u] = fT[rowR + u] - fT[rowS + u];
                h[u] = placedT[rowS + u] - placedT[rowR + u];
            }
            updateAsymmetric(r, s);
        }
        for (int x = 0; x < count; x++) {
            int u = movable[x];
            if (u != r && u != s) {
                setDelta(u, r);
                setDelta(u, s);
            }
        }
        setDelta(r, s);
    }

    /** Keeps {@code matrix[i][j] = d[p(i)][p(j)]} (or its transpose) after r and s swapped. */
    private void swapRowsAndColumns(long[] matrix, int r, int s) {
        int rowR = r * m;
        int rowS = s * m;
        for (int k = 0; k < m; k++) {
            long t = matrix[rowR + k];
            matrix[rowR + k] = matrix[rowS + k];
            matrix[rowS + k] = t;
        }
        for (int k = 0; k < m; k++) {
            int row = k * m;
            long t = matrix[row + r];
            matrix[row + r] = matrix[row + s];
            matrix[row + s] = t;
        }
    }

    /** Taillard's update when f and d are symmetric: g = a and h = b, so one product, doubled. */
    private void updateSymmetric(int r, int s) {
        int count = movable.length;
        for (int x = 0; x < movableReal; x++) {
            int u = movable[x];
            if (u == r || u == s) {
                continue;
            }
            long au = a[u];
            long bu = b[u];
            int rowU = u * m;
            for (int y = x + 1; y < count; y++) {
                int v = movable[y];
                if (v == r || v == s) {
                    continue;
                }
                delta[rowU + v] += 2 * (au - a[v]) * (bu - b[v]);
            }
        }
    }

    private void updateAsymmetric(int r, int s) {
        int count = movable.length;
        for (int x = 0; x < movableReal; x++) {
            int u = movable[x];
            if (u == r || u == s) {
                continue;
            }
            long au = a[u];
            long bu = b[u];
            long gu = g[u];
            long hu = h[u];
            int rowU = u * m;
            for (int y = x + 1; y < count; y++) {
                int v = movable[y];
                if (v == r || v == s) {
                    continue;
                }
                delta[rowU + v] += (au - a[v]) * (bu - b[v]) + (gu - g[v]) * (hu - h[v]);
            }
        }
    }

    private void setDelta(int u, int w) {
        // the matrix holds pairs in the order of the movable list
        if (position[u] < position[w]) {
            delta[u * m + w] = fullDelta(u, w);
        } else {
            delta[w * m + u] = fullDelta(w, u);
        }
    }

    /**
     * The change of cost if items r and s exchange locations, in O(m). Written over the
     * item-space distances {@code placed} so that every loop reads rows in order; the sums run
     * over all k and the terms of k = r and k = s are taken out afterwards.
     */
    long fullDelta(int r, int s) {
        int pr = p[r];
        int ps = p[s];
        int rowR = r * m;
        int rowS = s * m;
        long result = (f[rowR + r] - f[rowS + s]) * (placed[rowS + s] - placed[rowR + r])
                + (f[rowR + s] - f[rowS + r]) * (placed[rowS + r] - placed[rowR + s])
                + c[rowR + ps] + c[rowS + pr] - c[rowR + pr] - c[rowS + ps];
        long sum = 0;
        for (int k = 0; k < m; k++) {
            sum += (f[rowR + k] - f[rowS + k]) * (placed[rowS + k] - placed[rowR + k]);
        }
        sum -= (f[rowR + r] - f[rowS + r]) * (placed[rowS + r] - placed[rowR + r])
                + (f[rowR + s] - f[rowS + s]) * (placed[rowS + s] - placed[rowR + s]);
        if (symmetric) {
            return result + 2 * sum;
        }
        long sumT = 0;
        for (int k = 0; k < m; k++) {
            sumT += (fT[rowR + k] - fT[rowS + k]) * (placedT[rowS + k] - placedT[rowR + k]);
        }
        sumT -= (fT[rowR + r] - fT[rowS + r]) * (placedT[rowS + r] - placedT[rowR + r])
                + (fT[rowR + s] - fT[rowS + s]) * (placedT[rowS + s] - placedT[rowR + s]);
        return result + sum + sumT;
    }

    long cost() {
        return cost;
    }

    long bestCost() {
        return bestCost;
    }

    /** The walk's best permutation (not a copy). */
    int[] best() {
        return best;
    }

    /** The current permutation (not a copy). */
    int[] current() {
        return p;
    }

    /** The stored delta of swapping the movable items r and s (test hook). */
    long storedDelta(int r, int s) {
        return position[r] < position[s] ? delta[r * m + s] : delta[s * m + r];
    }

    long totalIterations() {
        return totalIterations;
    }
}
