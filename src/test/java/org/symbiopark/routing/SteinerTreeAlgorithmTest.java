package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The solvers against brute force on 40 seeded random graphs small enough to enumerate. */
class SteinerTreeAlgorithmTest {

    private static final int GRAPHS = 40;
    private static final SearchBudget BUDGET = new SearchBudget(5, 7);

    private static SteinerProblem graph(int i) {
        int n = 6 + i % 8;
        return SteinerTestGraphs.random(1000 + i, n, n / 2 + i % 5, 2 + i % (n / 2), 10);
    }

    @Test
    void mehlhornIsAtMostTwiceTheOptimum() {
        int strictlyWorse = 0;
        for (int i = 0; i < GRAPHS; i++) {
            SteinerProblem p = graph(i);
            double optimum = SteinerTestGraphs.bruteForceOptimum(p);
            SteinerTree tree = new MehlhornSteinerTree().solve(p, BUDGET);
            SteinerTestGraphs.assertSteinerTree(p, tree);
            assertThat(tree.cost()).as("graph %d", i).isBetween(optimum, 2 * optimum);
            strictlyWorse += tree.cost() > optimum ? 1 : 0;
        }
        // the brute force and the check above are not trivially satisfied: the baseline misses some optima
        assertThat(strictlyWorse).isPositive();
    }

    @Test
    void theStrongSolverFindsTheOptimum() {
        for (int i = 0; i < GRAPHS; i++) {
            SteinerProblem p = graph(i);
            SteinerTree tree = new ReductionLocalSearchSteinerTree().solve(p, BUDGET);
            SteinerTestGraphs.assertSteinerTree(p, tree);
            assertThat(tree.cost()).as("graph %d", i).isEqualTo(SteinerTestGraphs.bruteForceOptimum(p));
        }
    }

    @Test
    void dreyfusWagnerAloneFindsTheOptimum() {
        for (int i = 0; i < GRAPHS; i++) {
            SteinerProblem p = graph(i);
            SteinerTree tree = new DreyfusWagnerSteinerTree().solve(p, BUDGET);
            SteinerTestGraphs.assertSteinerTree(p, tree);
            assertThat(tree.proven()).isTrue();
            assertThat(tree.cost()).as("graph %d", i).isEqualTo(SteinerTestGraphs.bruteForceOptimum(p));
        }
    }

    @Test
    void steinerVertexEnumerationFindsTheOptimum() {
        for (int i = 0; i < GRAPHS; i++) {
            SteinerProblem p = graph(i);
            SteinerTree tree = new SteinerVertexEnumerationSteinerTree().solve(p, BUDGET);
            SteinerTestGraphs.assertSteinerTree(p, tree);
            assertThat(tree.cost()).as("graph %d", i).isEqualTo(SteinerTestGraphs.bruteForceOptimum(p));
        }
    }

    @Test
    void theLocalSearchAloneIsNeverWorseThanMehlhornAndMostlyOptimal() {
        int optimal = 0;
        for (int i = 0; i < GRAPHS; i++) {
            SteinerProblem p = graph(i);
            SteinerTree tree = new ReductionLocalSearchSteinerTree(m -> { }, false).solve(p, BUDGET);
            SteinerTestGraphs.assertSteinerTree(p, tree);
            double optimum = SteinerTestGraphs.bruteForceOptimum(p);
            assertThat(tree.cost()).isGreaterThanOrEqualTo(optimum)
                    .isLessThanOrEqualTo(new MehlhornSteinerTree().solve(p, BUDGET).cost());
            optimal += tree.cost() == optimum ? 1 : 0;
        }
        assertThat(optimal).isGreaterThanOrEqualTo(GRAPHS * 9 / 10);
    }

    @Test
    void sameSeedSameTree() {
        SteinerProblem p = SteinerTestGraphs.random(5, 300, 400, 60, 20);
        SteinerTree a = new ReductionLocalSearchSteinerTree(m -> { }, false).solve(p, new SearchBudget(30, 3));
        SteinerTree b = new ReductionLocalSearchSteinerTree(m -> { }, false).solve(p, new SearchBudget(30, 3));
        SteinerTestGraphs.assertSteinerTree(p, a);
        assertThat(a.edges()).containsExactlyInAnyOrder(b.edges());
    }

    @Test
    void anUnreachableTerminalIsNamed() {
        // 0 - 1   2 (terminal, isolated)
        SteinerProblem p = new SteinerProblem(3, new int[] {0}, new int[] {1}, new double[] {1}, new int[] {0, 2});
        for (SteinerTreeAlgorithm algorithm : new SteinerTreeAlgorithm[] {new MehlhornSteinerTree(),
                new ReductionLocalSearchSteinerTree(), new DreyfusWagnerSteinerTree(),
                new SteinerVertexEnumerationSteinerTree()}) {
            assertThatThrownBy(() -> algorithm.solve(p, BUDGET)).isInstanceOf(UnreachableTerminalException.class)
                    .hasMessageContaining("node 2");
        }
    }
}
