package org.symbiopark.siting;

import java.util.List;

/**
 * Runs different tabu-search methods side by side, one per worker in turn (worker w runs
 * member w mod size), combined as {@link WorkerPool} describes: the same seed and thread count
 * give the same members the same seeds. The default pairs an {@link IteratedTabuSearch} with a
 * {@link HybridEvolutionarySearch}. Measured on QAPLIB it does worse than the iterated search
 * on both workers (each method gets one core), so the bench uses that; the portfolio stays for
 * comparisons.
 */
public final class TabuSearchPortfolio implements SitingAlgorithm {

    private final List<WorkerPool.Worker> members;

    public TabuSearchPortfolio() {
        this(List.of(new IteratedTabuSearch(20), new HybridEvolutionarySearch()));
    }

    /** A portfolio of the given methods (each an {@link IteratedTabuSearch} or {@link HybridEvolutionarySearch}). */
    public TabuSearchPortfolio(List<SitingAlgorithm> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members: at least one method is needed");
        }
        this.members = members.stream().map(TabuSearchPortfolio::worker).toList();
    }

    private static WorkerPool.Worker worker(SitingAlgorithm algorithm) {
        if (algorithm instanceof IteratedTabuSearch its) {
            return its::search;
        }
        if (algorithm instanceof HybridEvolutionarySearch hybrid) {
            return hybrid::search;
        }
        throw new IllegalArgumentException("members: " + algorithm.getClass().getSimpleName()
                + " cannot run as a portfolio member");
    }

    @Override
    public Result solve(QapInstance instance, Limits limits) {
        return WorkerPool.run(instance, limits, w -> members.get(w % members.size()));
    }
}
