package org.symbiopark.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The swap deltas kept by the tabu walk equal a full recomputation of the objective. */
class SwapDeltaTest {

    @Test
    void keptDeltasEqualRecomputedObjectivesAfterManyMoves() {
        for (long seed = 1; seed <= 12; seed++) {
            int n = 6 + (int) seed;
            int m = seed % 3 == 0 ? n + 3 : n;
            QapInstance instance = RandomQap.generate(seed, n, m, 0.15, seed % 2 == 0);
            if (seed % 4 == 1) {
                instance = symmetrised(instance);
            }
            SwapSpace space = new SwapSpace(instance);
            assertThat(space.symmetric).isEqualTo(seed % 4 == 1);
            SplittableRandom random = new SplittableRandom(seed);
            RobustTabuWalk walk = new RobustTabuWalk(space, random);
            walk.start(space.randomFeasible(random));
            for (int round = 0; round < 5; round++) {
                walk.run(7 + round * 13L, Long.MAX_VALUE / 4 + System.nanoTime(), null);
                int[] p = walk.current().clone();
                long cost = space.cost(p);
                assertThat(walk.cost()).as("seed %d: kept cost", seed).isEqualTo(cost);
                for (int x = 0; x < space.movable.length; x++) {
                    for (int y = x + 1; y < space.movable.length; y++) {
                        int r = space.movable[x];
                        int s = space.movable[y];
                        if (r >= n && s >= n) {
                            continue;
                        }
                        int[] q = p.clone();
                        q[r] = p[s];
                        q[s] = p[r];
                        assertThat(walk.storedDelta(r, s)).as("seed %d, swap %d and %d", seed, r, s)
                                .isEqualTo(space.cost(q) - cost);
                    }
                }
            }
        }
    }

    private static QapInstance symmetrised(QapInstance q) {
        long[][] f = q.flow();
        long[][] d = q.distance();
        for (int i = 0; i < f.length; i++) {
            for (int j = 0; j < i; j++) {
                f[i][j] = f[j][i];
            }
        }
        for (int i = 0; i < d.length; i++) {
            for (int j = 0; j < i; j++) {
                d[i][j] = d[j][i];
            }
        }
        return q;
    }

    @Test
    void penalisedCostEqualsTheObjectiveOfAFeasibleAssignment() {
        QapInstance instance = RandomQap.generate(99, 9, 12, 0.2, true);
        SwapSpace space = new SwapSpace(instance);
        int[] p = space.randomFeasible(new SplittableRandom(3));
        int[] assignment = java.util.Arrays.copyOf(p, 9);
        assertThat(instance.feasible(assignment)).isTrue();
        assertThat(space.cost(p)).isEqualTo(instance.objective(assignment));
    }
}
