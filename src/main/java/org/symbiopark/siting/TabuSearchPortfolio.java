package org.symbiopark.siting;

/**
 * The default siting solver: a portfolio whose even workers run the
 * {@link HybridEvolutionarySearch} and odd workers the {@link IteratedTabuSearch}, so two
 * threads cover both the structured instances (where recombination pays) and the random dense
 * ones (where long tabu walks do). The answer is combined as {@link WorkerPool} describes.
 */
public final class TabuSearchPortfolio implements SitingAlgorithm {

    private final HybridEvolutionarySearch hybrid = new HybridEvolutionarySearch();
    private final IteratedTabuSearch iterated = new IteratedTabuSearch();

    @Override
    public Result solve(QapInstance instance, Limits limits) {
        return WorkerPool.run(instance, limits, w -> w % 2 == 0 ? hybrid::search : iterated::search);
    }
}
