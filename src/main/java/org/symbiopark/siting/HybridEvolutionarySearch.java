package org.symbiopark.siting;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A hybrid evolutionary (memetic) search: a small population of solutions each improved by
 * robust tabu search ({@link RobustTabuWalk}); a child keeps the assignments its two parents
 * share and places the other items at random on the free allowed locations, then is improved by
 * tabu search for {@code walkFactor · movable} moves and replaces the worst member if it is
 * better and not already there. After {@code population} children in a row without a
 * replacement, all but the best are rebuilt from random starts. This follows the design of the
 * hybrid genetic algorithms for the QAP (Fleurent and Ferland 1994; Drezner 2003; Misevicius
 * 2004), which keep common assignments because good QAP solutions share many of them. It copes
 * with the sparse, tree-like flows of the Christofides instances where a single tabu walk stalls.
 */
public final class HybridEvolutionarySearch implements SitingAlgorithm {

    private final int population;
    private final int walkFactor;

    public HybridEvolutionarySearch() {
        this(10, 50);
    }

    public HybridEvolutionarySearch(int population, int walkFactor) {
        if (population < 2) {
            throw new IllegalArgumentException("population must be ≥ 2, got " + population);
        }
        if (walkFactor < 1) {
            throw new IllegalArgumentException("walkFactor must be ≥ 1, got " + walkFactor);
        }
        this.population = population;
        this.walkFactor = walkFactor;
    }

    @Override
    public Result solve(QapInstance instance, Limits limits) {
        return WorkerPool.run(instance, limits, w -> this::search);
    }

    void search(SwapSpace space, SplittableRandom random, WorkerPool.Budget budget, WorkerPool.Tracker tracker) {
        int size = space.movable.length;
        int[] first = space.randomFeasible(random);
        tracker.improved(space.cost(first), first);
        if (size < 2 || space.movableReal == 0) {
            return;
        }
        RobustTabuWalk walk = new RobustTabuWalk(space, random);
        long walkLength = (long) walkFactor * size;
        int[][] members = new int[population][];
        long[] costs = new long[population];
        int filled = 0;
        while (filled < population && !budget.exhausted()) {
            members[filled] = improve(walk, filled == 0 ? first : space.randomFeasible(random), walkLength, budget, tracker);
            costs[filled] = walk.bestCost();
            filled++;
        }
        int idle = 0;
        int[] partial = new int[space.m];
        while (!budget.exhausted()) {
            int x = random.nextInt(filled);
            int y = random.nextInt(filled - 1);
            if (y >= x) {
                y++;
            }
            Arrays.fill(partial, -1);
            for (int i : space.movable) {
                if (members[x][i] == members[y][i]) {
                    partial[i] = members[x][i];
                }
            }
            int[] child = improve(walk, space.complete(partial, random), walkLength, budget, tracker);
            long childCost = walk.bestCost();
            int worst = 0;
            for (int k = 1; k < filled; k++) {
                if (costs[k] > costs[worst]) {
                    worst = k;
                }
            }
            if (childCost < costs[worst] && !present(child, childCost, members, costs, filled)) {
                members[worst] = child;
                costs[worst] = childCost;
                idle = 0;
            } else if (++idle >= population) {
                int bestIndex = 0;
                for (int k = 1; k < filled; k++) {
                    if (costs[k] < costs[bestIndex]) {
                        bestIndex = k;
                    }
                }
                for (int k = 0; k < filled && !budget.exhausted(); k++) {
                    if (k != bestIndex) {
                        members[k] = improve(walk, space.randomFeasible(random), walkLength, budget, tracker);
                        costs[k] = walk.bestCost();
                    }
                }
                idle = 0;
            }
        }
    }

    private static int[] improve(RobustTabuWalk walk, int[] start, long length, WorkerPool.Budget budget,
            WorkerPool.Tracker tracker) {
        walk.start(start);
        tracker.improved(walk.bestCost(), walk.best());
        long done = walk.run(Math.min(length, budget.iterationsLeft()), budget.deadlineNanos(), tracker);
        budget.spend(done);
        tracker.countIterations(done);
        return walk.best().clone();
    }

    private static boolean present(int[] child, long cost, int[][] members, long[] costs, int filled) {
        for (int k = 0; k < filled; k++) {
            if (costs[k] == cost && Arrays.equals(members[k], child)) {
                return true;
            }
        }
        return false;
    }
}
