package org.symbiopark.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of a job: its state every {@value #PERIOD_MS} ms as a {@code progress}
 * event, then one {@code done} event when it is final, then the stream ends. One scheduler
 * thread serves every stream (a poll is a map lookup).
 */
@Component
public class JobEventStreams {

    static final long PERIOD_MS = 250;
    private static final long TIMEOUT_MS = 15 * 60 * 1000;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "job-events");
        t.setDaemon(true);
        return t;
    });

    /** @param job the job's current state as the API shows it, empty once it is gone */
    public SseEmitter stream(Supplier<Optional<JobResource>> job) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable stop = () -> {
            ScheduledFuture<?> f = task.get();
            if (f != null) {
                f.cancel(false);
            }
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        task.set(scheduler.scheduleAtFixedRate(() -> {
            try {
                Optional<JobResource> now = job.get();
                if (now.isEmpty()) {
                    emitter.complete();
                    stop.run();
                    return;
                }
                boolean done = now.get().state().isFinal();
                emitter.send(SseEmitter.event().name(done ? "done" : "progress").id(String.valueOf(System.nanoTime()))
                        .data(now.get()));
                if (done) {
                    emitter.complete();
                    stop.run();
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away
                stop.run();
            }
        }, 0, PERIOD_MS, TimeUnit.MILLISECONDS));
        return emitter;
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }
}
