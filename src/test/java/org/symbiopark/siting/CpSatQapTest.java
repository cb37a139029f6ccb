package org.symbiopark.siting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heuristic reaches the proven optimum of small instances with forbidden and pinned items. */
class CpSatQapTest {

    @Test
    void theHeuristicReachesTheCpSatOptimumOnSmallRandomInstances() {
        int checked = 0;
        for (long seed = 1; seed <= 24; seed++) {
            int n = 4 + (int) (seed % 5);
            // n = 8 on 10 locations can take CP-SAT a minute to prove; extra locations go with n ≤ 7
            int m = seed % 3 == 0 && n <= 7 ? n + 2 : n;
            QapInstance instance = RandomQap.generate(1000 + seed, n, m, 0.2, seed % 2 == 1);
            CpSatQap.Outcome exact = CpSatQap.solve(instance, 30, 2);
            assertThat(exact.optimal()).as("seed %d: CP-SAT status %s", seed, exact.status()).isTrue();
            assertThat(instance.feasible(exact.assignment().orElseThrow())).isTrue();
            SitingAlgorithm.Result heuristic = new IteratedTabuSearch()
                    .solve(instance, SitingAlgorithm.Limits.iterations(20_000, 2, seed));
            assertThat(instance.feasible(heuristic.assignment())).isTrue();
            assertThat(heuristic.objective()).as("seed %d, n %d, m %d", seed, n, m)
                    .isEqualTo(exact.objective().orElseThrow());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void cpSatFindsTheOptimumOfATinyAsymmetricInstance() {
        long[][] flow = {{0, 2, 0}, {1, 0, 3}, {0, 0, 0}};
        long[][] distance = {{0, 1, 5}, {1, 0, 2}, {5, 2, 0}};
        QapInstance instance = QapInstance.of("three", flow, distance);
        CpSatQap.Outcome exact = CpSatQap.solve(instance, 10, 1);
        long best = Long.MAX_VALUE;
        int[][] all = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] p : all) {
            best = Math.min(best, instance.objective(p));
        }
        assertThat(exact.optimal()).isTrue();
        assertThat(exact.objective()).contains(best);
    }
}
