package org.symbiopark.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour every siting algorithm shares: feasibility, determinism, a trajectory, nug12. */
class SitingAlgorithmTest {

    private static final List<SitingAlgorithm> ALGORITHMS = List.of(new TabuSearchPortfolio(),
            new HybridEvolutionarySearch(), new IteratedTabuSearch());

    @Test
    void forbiddenAndPinnedAreRespected() {
        for (SitingAlgorithm algorithm : ALGORITHMS) {
            for (long seed = 1; seed <= 5; seed++) {
                QapInstance instance = RandomQap.generate(seed, 10, 13, 0.4, true);
                SitingAlgorithm.Result result = algorithm.solve(instance, SitingAlgorithm.Limits.iterations(2_000, 2, seed));
                assertThat(instance.feasible(result.assignment())).as("%s seed %d", algorithm, seed).isTrue();
                assertThat(result.objective()).isEqualTo(instance.objective(result.assignment()));
                for (int i = 0; i < instance.n(); i++) {
                    if (instance.pinned()[i] >= 0) {
                        assertThat(result.assignment()[i]).isEqualTo(instance.pinned()[i]);
                    }
                }
            }
        }
    }

    @Test
    void sameSeedAndThreadsGiveTheSameAnswerUnderAnIterationBudget() {
        QapInstance instance = RandomQap.generate(7, 25, 25, 0.0, false);
        for (SitingAlgorithm algorithm : ALGORITHMS) {
            SitingAlgorithm.Result first = algorithm.solve(instance, SitingAlgorithm.Limits.iterations(20_000, 2, 42));
            SitingAlgorithm.Result second = algorithm.solve(instance, SitingAlgorithm.Limits.iterations(20_000, 2, 42));
            assertThat(second.assignment()).isEqualTo(first.assignment());
            assertThat(second.objective()).isEqualTo(first.objective());
            assertThat(second.iterations()).isEqualTo(first.iterations()).isEqualTo(40_000);
        }
    }

    @Test
    void theTrajectoryDescendsToTheReturnedObjective() {
        QapInstance instance = RandomQap.generate(8, 30, 34, 0.1, true);
        SitingAlgorithm.Result result = new TabuSearchPortfolio().solve(instance, SitingAlgorithm.Limits.seconds(0.3, 2, 1));
        List<SitingAlgorithm.Improvement> trajectory = result.trajectory();
        assertThat(trajectory).isNotEmpty();
        for (int k = 1; k < trajectory.size(); k++) {
            assertThat(trajectory.get(k).objective()).isLessThan(trajectory.get(k - 1).objective());
            assertThat(trajectory.get(k).elapsedMs()).isGreaterThanOrEqualTo(trajectory.get(k - 1).elapsedMs());
        }
        assertThat(trajectory.get(trajectory.size() - 1).objective()).isEqualTo(result.objective());
        assertThat(result.elapsedNanos()).isLessThan(5_000_000_000L);
    }

    @Test
    void nug12ReachesItsOptimum() throws URISyntaxException {
        QapInstance nug12 = QaplibReader.readInstance(Path.of(getClass().getResource("/qaplib/nug12.dat").toURI()));
        for (SitingAlgorithm algorithm : ALGORITHMS) {
            assertThat(algorithm.solve(nug12, SitingAlgorithm.Limits.iterations(50_000, 2, 1)).objective()).isEqualTo(578);
        }
    }

    @Test
    void anItemWithNoAllowedLocationIsNamed() {
        QapInstance instance = RandomQap.generate(3, 5, 5, 0.0, false);
        boolean[][] forbidden = new boolean[5][5];
        java.util.Arrays.fill(forbidden[2], true);
        QapInstance blocked = new QapInstance("blocked", instance.flow(), instance.distance(), instance.linearCost(),
                forbidden, instance.pinned());
        assertThatThrownBy(() -> new TabuSearchPortfolio().solve(blocked, SitingAlgorithm.Limits.iterations(100, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 2");
    }

    @Test
    void aSingleMovableItemIsPlacedWithoutSearch() {
        long[][] flow = {{0, 1}, {1, 0}};
        long[][] distance = {{0, 4}, {4, 0}};
        QapInstance instance = new QapInstance("two", flow, distance, new long[2][2], new boolean[2][2], new int[] {1, -1});
        SitingAlgorithm.Result result = new TabuSearchPortfolio().solve(instance, SitingAlgorithm.Limits.iterations(10, 2, 1));
        assertThat(result.assignment()).containsExactly(1, 0);
        assertThat(result.objective()).isEqualTo(8);
    }
}
