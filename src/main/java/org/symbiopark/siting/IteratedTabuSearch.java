package org.symbiopark.siting;

import java.util.SplittableRandom;

/**
 * Iterated robust tabu search: Taillard's robust tabu search ({@link RobustTabuWalk}) run until
 * its best has not improved for {@code stall · movable} moves (stall drawn log-uniformly between
 * the two factors at each restart, fixed by default), then restarted from the worker's best
 * solution after a random perturbation of between {@code movable/8} and {@code movable/3}
 * swaps (the kick of iterated local search, Stützle 2006); after {@value #PATIENCE} kicks in a
 * row that found no better elite, the chain restarts from a random permutation. Each worker runs its own chain; see
 * {@link WorkerPool} for what the seed fixes.
 *
 * <p>On QAPLIB a short stall (about 20·n) with frequent kicks does best across the board: it
 * solves the structured Taillard-b, Christofides and Eschermann instances that a single long
 * tabu walk misses, and is as good as longer walks on the random Taillard-a ones within 10 s.
 */
public final class IteratedTabuSearch implements SitingAlgorithm {

    /** Kicks in a row without a new elite after which the chain restarts from a random permutation. */
    static final int PATIENCE = 30;

    private final int minStallFactor;
    private final int maxStallFactor;

    /** Perturbs after 20·n moves without improvement: the setting measured in docs/BENCHMARKS.md. */
    public IteratedTabuSearch() {
        this(20);
    }

    public IteratedTabuSearch(int stallFactor) {
        this(stallFactor, stallFactor);
    }

    public IteratedTabuSearch(int minStallFactor, int maxStallFactor) {
        if (minStallFactor < 1 || maxStallFactor < minStallFactor) {
            throw new IllegalArgumentException("stall factors must satisfy 1 ≤ min ≤ max, got " + minStallFactor + ", "
                    + maxStallFactor);
        }
        this.minStallFactor = minStallFactor;
        this.maxStallFactor = maxStallFactor;
    }

    @Override
    public Result solve(QapInstance instance, Limits limits) {
        return solve(instance, limits, SearchMonitor.NONE);
    }

    @Override
    public Result solve(QapInstance instance, Limits limits, SearchMonitor monitor) {
        return WorkerPool.run(instance, limits, w -> this::search, monitor);
    }

    void search(SwapSpace space, SplittableRandom random, WorkerPool.Budget budget, WorkerPool.Tracker tracker) {
        int[] start = space.randomFeasible(random);
        tracker.improved(space.cost(start), start);
        RobustTabuWalk walk = new RobustTabuWalk(space, random);
        int size = space.movable.length;
        int[] elite = start.clone();
        long eliteCost = space.cost(elite);
        int fruitless = 0;
        while (!budget.exhausted() && size >= 2 && space.movableReal > 0) {
            walk.start(start);
            double factor = minStallFactor * Math.pow((double) maxStallFactor / minStallFactor, random.nextDouble());
            long stall = (long) Math.ceil(factor * size);
            long done = walk.run(budget.iterationsLeft(), stall, budget.deadlineNanos(), tracker);
            budget.spend(done);
            tracker.countIterations(done);
            if (walk.bestCost() < eliteCost) {
                fruitless = 0;
            } else {
                fruitless++;
            }
            if (walk.bestCost() <= eliteCost) {
                eliteCost = walk.bestCost();
                System.arraycopy(walk.best(), 0, elite, 0, elite.length);
            }
            if (fruitless >= PATIENCE) {
                // a deep basin: kicks from its bottom keep falling back, so the chain starts afresh
                // (the worker's best stays with the tracker)
                start = space.randomFeasible(random);
                eliteCost = Long.MAX_VALUE;
                fruitless = 0;
            } else {
                start = perturbed(elite, space, random);
            }
        }
    }

    /** The elite with a random number of random swaps of movable items. */
    static int[] perturbed(int[] elite, SwapSpace space, SplittableRandom random) {
        int[] p = elite.clone();
        int[] movable = space.movable;
        int size = movable.length;
        int low = Math.max(2, size / 8);
        int high = Math.max(low + 1, size / 3);
        int swaps = low + random.nextInt(high - low + 1);
        for (int k = 0; k < swaps; k++) {
            int r = movable[random.nextInt(space.movableReal)];
            int s = movable[random.nextInt(size)];
            int t = p[r];
            p[r] = p[s];
            p[s] = t;
        }
        return p;
    }
}
