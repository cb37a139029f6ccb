package org.symbiopark.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobRunnerTest {

    private final JobRunner runner = new JobRunner(1, 2, 10, Clock.systemUTC());

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void aSucceededJobKeepsItsResult() {
        String id = runner.submit("test", "park", context -> 42);
        JobStatus status = awaitFinal(id);
        assertThat(status.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(status.result()).isEqualTo(42);
        assertThat(status.error()).isNull();
        assertThat(status.startedAt()).isNotNull();
        assertThat(status.finishedAt()).isAfterOrEqualTo(status.startedAt());
    }

    @Test
    void aFailedJobSaysWhy() {
        String id = runner.submit("test", "park", context -> {
            throw new IllegalStateException("no parcel left for plant 'chp'");
        });
        JobStatus status = awaitFinal(id);
        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.error()).isEqualTo("no parcel left for plant 'chp'");
        assertThat(status.result()).isNull();
    }

    @Test
    void progressIsVisibleWhileRunningAndCancelStopsTheTask() throws InterruptedException {
        CountDownLatch reported = new CountDownLatch(1);
        String id = runner.submit("test", "park", context -> {
            long i = 0;
            while (!context.cancelRequested()) {
                i++;
                context.report(new JobProgress(null, 1000.0 - Math.min(i, 999), i, "searching"));
                reported.countDown();
                Thread.sleep(1);
            }
            return "partial";
        });
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        JobStatus running = runner.status(id).orElseThrow();
        assertThat(running.state()).isEqualTo(JobState.RUNNING);
        assertThat(running.progress().iterations()).isPositive();
        assertThat(running.progress().bestObjective()).isLessThan(1000.0);
        assertThat(running.progress().message()).isEqualTo("searching");

        runner.cancel(id);
        JobStatus cancelled = awaitFinal(id);
        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.result()).isNull();
    }

    @Test
    void aQueuedJobIsCancelledAtOnceAndNeverRuns() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        String blocker = runner.submit("test", "park", context -> release.await(10, TimeUnit.SECONDS));
        boolean[] ran = {false};
        String queued = runner.submit("test", "park", context -> ran[0] = true);
        assertThat(runner.status(queued).orElseThrow().state()).isEqualTo(JobState.QUEUED);
        assertThat(runner.status(queued).orElseThrow().elapsedMs()).isZero();

        assertThat(runner.cancel(queued).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        release.countDown();
        assertThat(awaitFinal(blocker).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(runner.status(queued).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        assertThat(ran[0]).isFalse();
    }

    @Test
    void aFullQueueRejectsTheJob() {
        CountDownLatch release = new CountDownLatch(1);
        try {
            runner.submit("test", "park", context -> release.await(10, TimeUnit.SECONDS));
            awaitState(runner.submit("test", "park", context -> release.await(10, TimeUnit.SECONDS)), JobState.QUEUED);
            runner.submit("test", "park", context -> 1);
            assertThatThrownBy(() -> runner.submit("test", "park", context -> 1))
                    .isInstanceOf(JobRejectedException.class).hasMessageContaining("queue is full");
        } finally {
            release.countDown();
        }
    }

    @Test
    void unknownIdsAreEmpty() {
        assertThat(runner.status("nope")).isEmpty();
        assertThat(runner.cancel("nope")).isEmpty();
    }

    private void awaitState(String id, JobState state) {
        assertThat(runner.status(id).orElseThrow().state()).isEqualTo(state);
    }

    private JobStatus awaitFinal(String id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JobStatus s = runner.status(id).orElseThrow();
            if (s.state().isFinal()) {
                return s;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + id + " did not finish within 30 s");
    }
}
