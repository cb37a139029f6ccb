package org.symbiopark.jobs;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.symbiopark.analysis.CarrierNetworkStudy;
import org.symbiopark.analysis.NetworkPlanningService;
import org.symbiopark.analysis.NetworkPlanningService.NetworkRequest;
import org.symbiopark.park.Scenario;
import org.symbiopark.routing.CarrierNetwork;
import org.symbiopark.routing.PlanningMonitor;

/**
 * Planning a carrier's shared network as a job: the request is checked and the cost surface built
 * at once (so a bad request is refused before any job exists), the Steiner search and the sizing
 * run on the {@link JobRunner}, and a finished network is saved as a new scenario of the park
 * (kind {@code network}). A cancelled job saves nothing.
 */
@Component
public class NetworkJobs {

    public static final String KIND = "network";

    private final NetworkPlanningService planning;
    private final JobRunner runner;

    public NetworkJobs(NetworkPlanningService planning, JobRunner runner) {
        this.planning = planning;
        this.runner = runner;
    }

    /** What a finished network job returns: the saved scenario and the network report in it. */
    public record Outcome(String scenarioId, int scenarioVersion, Map<String, Object> network) {
    }

    /**
     * @throws org.symbiopark.park.NotFoundException if there is no such park
     * @throws org.symbiopark.park.InvalidParkException for a request that cannot be planned
     * @throws JobRejectedException if the job queue is full
     */
    public String start(String parkId, NetworkRequest request) {
        CarrierNetworkStudy study = planning.prepare(parkId, request);
        return runner.submit(KIND, parkId, context -> {
            CarrierNetwork network = study.plan(new PlanningMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    context.report(new JobProgress(fraction, null, 0, message));
                }

                @Override
                public boolean cancelRequested() {
                    return context.cancelRequested();
                }
            });
            if (context.cancelRequested()) {
                return null;
            }
            context.report(new JobProgress(1.0, network.costPerYear(), 0, "saving the scenario"));
            Map<String, Object> report = study.report(network);
            Scenario saved = planning.save(parkId, study, network, report);
            return new Outcome(saved.id(), saved.version(), report);
        });
    }

    /** The job, if it exists and belongs to this park. */
    public Optional<JobStatus> status(String parkId, String jobId) {
        return runner.status(jobId).filter(s -> KIND.equals(s.kind()) && parkId.equals(s.owner()));
    }

    public Optional<JobStatus> cancel(String parkId, String jobId) {
        return status(parkId, jobId).flatMap(s -> runner.cancel(jobId));
    }
}
