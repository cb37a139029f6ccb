package org.symbiopark.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class SearchMonitorTest {

    @Test
    void theMonitorSeesImprovementsAndIterationsAndCanStopTheSearchEarly() {
        QapInstance instance = RandomQap.generate(3, 30, 40, 0.1, true);
        AtomicLong best = new AtomicLong(Long.MAX_VALUE);
        LongAdder iterations = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        SitingAlgorithm.SearchMonitor monitor = new SitingAlgorithm.SearchMonitor() {
            @Override
            public void improved(long objective, double elapsedMs) {
                best.accumulateAndGet(objective, Math::min);
            }

            @Override
            public void iterated(long done) {
                iterations.add(done);
                if (iterations.sum() > 20_000) {
                    stop.set(true);
                }
            }

            @Override
            public boolean stopRequested() {
                return stop.get();
            }
        };
        SitingAlgorithm.Result result = new IteratedTabuSearch().solve(instance,
                SitingAlgorithm.Limits.seconds(60, 2, 5), monitor);
        assertThat(result.elapsedNanos()).as("stopped long before the 60 s limit").isLessThan(30_000_000_000L);
        assertThat(instance.feasible(result.assignment())).isTrue();
        assertThat(best.get()).isEqualTo(result.objective());
        assertThat(iterations.sum()).isEqualTo(result.iterations());
    }
}
