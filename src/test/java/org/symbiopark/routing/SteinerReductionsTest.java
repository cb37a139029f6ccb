package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reductions keep the optimum: brute force on the reduced problem plus the fixed cost. */
class SteinerReductionsTest {

    @Test
    void reductionsPreserveTheOptimum() {
        int shrunk = 0;
        for (int i = 0; i < 40; i++) {
            int n = 8 + i % 7;
            SteinerProblem p = SteinerTestGraphs.random(2000 + i, n, n / 3 + i % 6, 2 + i % 5, 6);
            ReducedSteinerProblem r = SteinerReductions.reduce(p, Long.MAX_VALUE);
            double original = SteinerTestGraphs.bruteForceOptimum(p);
            double reduced = r.problem().terminalCount() <= 1 ? 0 : SteinerTestGraphs.bruteForceOptimum(r.problem());
            assertThat(reduced + r.fixedCost()).as("graph %d", i).isEqualTo(original);
            // the exact tree of the reduced problem, expanded, is an optimal tree of the original
            int[] edges = r.expand(new DreyfusWagnerSteinerTree().solve(r.problem(), new SearchBudget(5, 1)).edges());
            SteinerTestGraphs.assertSteinerTree(p, new SteinerTree(edges, p.cost(edges), true));
            assertThat(p.cost(edges)).isEqualTo(original);
            shrunk += r.problem().edgeCount() < p.edgeCount() ? 1 : 0;
        }
        assertThat(shrunk).as("graphs the tests made smaller").isGreaterThan(30);
    }

    @Test
    void aPathOfNonTerminalsIsContractedAndALongEdgeDropped() {
        // terminals 0 and 3; path 0-1-2-3 costs 3; the direct edge 0-3 costs 5 and is never needed
        SteinerProblem p = new SteinerProblem(4, new int[] {0, 1, 2, 0}, new int[] {1, 2, 3, 3},
                new double[] {1, 1, 1, 5}, new int[] {0, 3});
        ReducedSteinerProblem r = SteinerReductions.reduce(p, Long.MAX_VALUE);
        assertThat(r.problem().terminalCount() <= 1 ? r.fixedCost() : Double.NaN).isEqualTo(3);
        assertThat(r.expand(new int[0])).containsExactlyInAnyOrder(0, 1, 2);
    }
}
