package org.symbiopark.routing;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The strong Steiner solver: {@link SteinerReductions} first; a reduced problem small enough
 * for {@link DreyfusWagnerSteinerTree} (few terminals) or {@link SteinerVertexEnumerationSteinerTree}
 * (few other vertices) is solved exactly (the tree is then proven optimal);
 * otherwise the shortest-path heuristic is grown from every terminal in turn and then from
 * random terminals under randomly perturbed edge costs (multi-start, as in Ribeiro, Uchoa and
 * Werneck 2002), each distinct tree improved by {@link SteinerLocalSearch}. The search stops at
 * the budget or after many restarts in a row that found nothing better; the same seed gives the
 * same tree unless the time limit cuts the search short.
 */
public final class ReductionLocalSearchSteinerTree implements SteinerTreeAlgorithm {

    /** Largest relative change of an edge cost in a perturbed restart. */
    private static final double NOISE = 0.25;
    private static final double EPS = 1e-9;

    private final Consumer<String> progress;
    private final boolean reduceAndSolveExactly;

    public ReductionLocalSearchSteinerTree() {
        this(message -> { });
    }

    /** A solver that reports its stages (reduction sizes, improvements) to {@code progress}. */
    public ReductionLocalSearchSteinerTree(Consumer<String> progress) {
        this(progress, true);
    }

    /** With {@code reduceAndSolveExactly} false, only the multi-start local search runs (for tests). */
    ReductionLocalSearchSteinerTree(Consumer<String> progress, boolean reduceAndSolveExactly) {
        this.progress = progress;
        this.reduceAndSolveExactly = reduceAndSolveExactly;
    }

    @Override
    public SteinerTree solve(SteinerProblem problem, SearchBudget budget) {
        long start = System.nanoTime();
        long deadline = budget.deadlineNanos(start);
        if (problem.terminalCount() <= 1) {
            return new SteinerTree(new int[0], 0, true);
        }
        checkConnected(problem);
        if (!reduceAndSolveExactly) {
            return search(problem, deadline, budget.seed());
        }
        ReducedSteinerProblem reduced = SteinerReductions.reduce(problem, start + (deadline - start) / 3);
        SteinerProblem small = reduced.problem();
        progress.accept(String.format("reduced %d nodes, %d edges, %d terminals to %d, %d, %d (fixed cost %s) in %.3f s",
                problem.nodeCount(), problem.edgeCount(), problem.terminalCount(), small.nodeCount(),
                small.edgeCount(), small.terminalCount(), reduced.fixedCost(), (System.nanoTime() - start) / 1e9));
        SteinerTree tree;
        if (DreyfusWagnerSteinerTree.fits(small)) {
            tree = new DreyfusWagnerSteinerTree().solve(small, budget);
            progress.accept("exact (Dreyfus-Wagner) on the reduced problem");
        } else if (SteinerVertexEnumerationSteinerTree.fits(small)) {
            tree = new SteinerVertexEnumerationSteinerTree().solve(small, budget);
            progress.accept("exact (enumeration of Steiner vertex sets) on the reduced problem");
        } else {
            tree = search(small, deadline, budget.seed());
        }
        int[] edges = reduced.expand(tree.edges());
        return new SteinerTree(edges, problem.cost(edges), tree.proven());
    }

    private SteinerTree search(SteinerProblem problem, long deadline, long seed) {
        Random random = new Random(seed);
        int k = problem.terminalCount();
        int[] roots = problem.terminals();
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = roots[i];
            roots[i] = roots[j];
            roots[j] = swap;
        }
        InducedSpanningTree spanning = new InducedSpanningTree(problem);
        SteinerLocalSearch localSearch = new SteinerLocalSearch(problem, spanning, deadline);
        ShortestPathHeuristic heuristic = new ShortestPathHeuristic(problem);
        ShortestPaths exactCosts = new ShortestPaths(problem);
        double[] noisy = new double[problem.edgeCount()];
        ShortestPaths noisyCosts = new ShortestPaths(problem, noisy);
        Set<Integer> seen = new HashSet<>();
        int[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int idle = 0;
        int maxIdle = 2 * k + 20;
        int iteration = 0;
        for (; idle < maxIdle && (best == null || System.nanoTime() < deadline); iteration++) {
            ShortestPaths paths;
            int root;
            if (iteration < k) {
                paths = exactCosts;
                root = roots[iteration];
            } else {
                for (int e = 0; e < noisy.length; e++) {
                    noisy[e] = problem.edgeCost(e) * (1 + NOISE * random.nextDouble());
                }
                paths = noisyCosts;
                root = roots[random.nextInt(k)];
            }
            int[] start = spanning.of(heuristic.grow(root, paths));
            int[] sorted = start.clone();
            Arrays.sort(sorted);
            if (!seen.add(Arrays.hashCode(sorted))) {
                idle++;
                continue;
            }
            int[] tree = localSearch.improve(localSearch.nodesOf(start));
            double cost = problem.cost(tree);
            if (cost < bestCost - EPS) {
                best = tree;
                bestCost = cost;
                idle = 0;
                progress.accept("restart " + iteration + ": cost " + cost);
            } else {
                idle++;
            }
        }
        progress.accept("stopped after " + iteration + " restarts");
        return new SteinerTree(best, bestCost, false);
    }

    private static void checkConnected(SteinerProblem problem) {
        ShortestPaths paths = new ShortestPaths(problem);
        paths.reset();
        paths.source(problem.terminalAt(0), 0);
        paths.run(Double.POSITIVE_INFINITY);
        for (int t : problem.terminals()) {
            if (Double.isInfinite(paths.dist[t])) {
                throw MehlhornSteinerTree.unreachable(problem);
            }
        }
    }
}
