package org.symbiopark.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.Scenario;
import org.symbiopark.park.Violation;
import org.symbiopark.siting.IteratedTabuSearch;
import org.symbiopark.siting.ParkSitingProblem;
import org.symbiopark.siting.ParkSitingResult;
import org.symbiopark.siting.SitingAlgorithm;

/**
 * Plant siting of a stored park as a job: the park is translated at once (so a park that cannot
 * be sited is refused before any job exists), the search runs on the {@link JobRunner}, and a
 * finished search is saved as a new scenario of the park whose content is the
 * {@link ParkSitingResult} (kind {@code siting}). A cancelled search saves nothing.
 */
@Component
public class SitingJobs {

    public static final String KIND = "siting";
    /** Scenario name of siting results; each run saves the next version. */
    public static final String SCENARIO_NAME = "Plant siting";
    static final int THREADS = 2;

    private final ParkService parks;
    private final CoordinateTransforms transforms;
    private final ResourceCatalog catalog;
    private final JobRunner runner;
    private final ObjectMapper json;

    public SitingJobs(ParkService parks, CoordinateTransforms transforms, ResourceCatalog catalog, JobRunner runner,
            ObjectMapper json) {
        this.parks = parks;
        this.transforms = transforms;
        this.catalog = catalog;
        this.runner = runner;
        this.json = json;
    }

    /** What a finished siting job returns: the saved scenario and the result in it. */
    public record Outcome(String scenarioId, int scenarioVersion, String currency, ParkSitingResult result) {
    }

    /**
     * @throws org.symbiopark.park.NotFoundException if there is no such park
     * @throws InvalidParkException if the park cannot be sited (no geometry, a plant that fits no parcel …)
     * @throws JobRejectedException if the job queue is full
     */
    public String start(String parkId, double seconds, long seed) {
        ParkData data = parks.exportPark(parkId);
        Integer srid = data.park().workSrid();
        if (srid == null) {
            throw new InvalidParkException(Violation.of("workSrid", "the park has no geometry yet, so no parcel to site on"));
        }
        ParkSitingProblem problem = ParkSitingProblem.of(data,
                g -> transforms.transform(g, CoordinateTransforms.WGS84, srid), catalog, ExchangeParameters.loadDefault());
        String currency = data.park().currency();
        return runner.submit(KIND, parkId, context -> {
            SitingAlgorithm.Result result = new IteratedTabuSearch().solve(problem.instance(),
                    SitingAlgorithm.Limits.seconds(seconds, THREADS, seed), new Monitor(context, seconds));
            if (context.cancelRequested()) {
                return null;
            }
            context.report(new JobProgress(1.0, ParkSitingProblem.toCurrency(result.objective()), result.iterations(),
                    "saving the scenario"));
            ParkSitingResult sited = ParkSitingResult.of(problem, result);
            Scenario saved = parks.createScenario(parkId, new Scenario(null, SCENARIO_NAME, 1,
                    String.format(java.util.Locale.ROOT, "Plants on parcels by iterated tabu search, %s s, seed %d",
                            seconds, seed), null, content(sited, currency, seconds, seed)));
            return new Outcome(saved.id(), saved.version(), currency, sited);
        });
    }

    /** The job, if it exists and belongs to this park. */
    public Optional<JobStatus> status(String parkId, String jobId) {
        return runner.status(jobId).filter(s -> KIND.equals(s.kind()) && parkId.equals(s.owner()));
    }

    public Optional<JobStatus> cancel(String parkId, String jobId) {
        return status(parkId, jobId).flatMap(s -> runner.cancel(jobId));
    }

    private String content(ParkSitingResult result, String currency, double seconds, long seed)
            throws JsonProcessingException {
        ObjectNode root = json.createObjectNode();
        root.put("kind", KIND);
        root.put("currency", currency);
        root.put("seconds", seconds);
        root.put("seed", seed);
        root.set("result", json.valueToTree(result));
        return json.writeValueAsString(root);
    }

    /** Turns the search's reports into job progress, and a cancel into an early stop. */
    private static final class Monitor implements SitingAlgorithm.SearchMonitor {
        private final JobContext context;
        private final double seconds;
        private final long startNanos = System.nanoTime();
        private final AtomicLong best = new AtomicLong(Long.MAX_VALUE);
        private final LongAdder iterations = new LongAdder();

        Monitor(JobContext context, double seconds) {
            this.context = context;
            this.seconds = seconds;
        }

        @Override
        public void improved(long objective, double elapsedMs) {
            best.accumulateAndGet(objective, Math::min);
            report();
        }

        @Override
        public void iterated(long done) {
            iterations.add(done);
            report();
        }

        @Override
        public boolean stopRequested() {
            return context.cancelRequested();
        }

        private void report() {
            double fraction = Math.min(1.0, (System.nanoTime() - startNanos) / (seconds * 1e9));
            long b = best.get();
            context.report(new JobProgress(fraction, b == Long.MAX_VALUE ? null : ParkSitingProblem.toCurrency(b),
                    iterations.sum(), "searching"));
        }
    }
}
