package org.symbiopark.web.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.symbiopark.jobs.JobStatus;
import org.symbiopark.jobs.NetworkJobs;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.Violation;
import org.symbiopark.web.JobEventStreams;
import org.symbiopark.web.JobResource;

/**
 * A carrier's shared network as a job (DESIGN.md §5.3, §7): POST starts it, GET polls it, the
 * events stream pushes it, DELETE cancels it. The result is a scenario of the park whose content holds the network
 * ({@code routesGeoJson}, {@code segments}, {@code pointToPoint}, the proposed {@code pipelines}).
 */
@RestController
@RequestMapping("/api/v1/parks/{parkId}/routing/networks")
@Tag(name = "Routing")
class NetworkJobController {

    private final NetworkJobs networks;
    private final JobEventStreams events;

    NetworkJobController(NetworkJobs networks, JobEventStreams events) {
        this.networks = networks;
        this.events = events;
    }

    @PostMapping
    @Operation(summary = "Start planning the shared network of one carrier",
            description = "Body {\"carrier\": \"steam\", \"terminals\"?: [plant ids], \"scenario\"?: exchange-analysis"
                    + " scenario id, \"cellSizeM\"?}. 202 with the job; 422 for an unknown carrier, fewer than 2"
                    + " terminals, a terminal that cannot be reached (named), a raster too large (with the cell size"
                    + " that fits)")
    ResponseEntity<JobResource> start(@PathVariable String parkId,
            @RequestBody(required = false) NetworkJobRequest body) {
        if (body == null) {
            throw new InvalidParkException(Violation.of("carrier", "send a JSON body naming the carrier, e.g. {\"carrier\": \"steam\"}"));
        }
        String jobId = networks.start(parkId, body.toRequest());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{jobId}").buildAndExpand(jobId).toUri())
                .body(JobResource.of(find(parkId, jobId)));
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "A network job's state, progress and, once done, result (the saved scenario and the network)")
    JobResource get(@PathVariable String parkId, @PathVariable String jobId) {
        return JobResource.of(find(parkId, jobId));
    }

    @GetMapping(path = "/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events of a network job: 'progress' while it runs, then one 'done'")
    SseEmitter events(@PathVariable String parkId, @PathVariable String jobId) {
        find(parkId, jobId);
        return events.stream(() -> networks.status(parkId, jobId).map(JobResource::of));
    }

    @DeleteMapping("/{jobId}")
    @Operation(summary = "Cancel a network job (a finished one stays as it is)")
    JobResource cancel(@PathVariable String parkId, @PathVariable String jobId) {
        return JobResource.of(networks.cancel(parkId, jobId).orElseThrow(() -> notFound(parkId, jobId)));
    }

    private JobStatus find(String parkId, String jobId) {
        return networks.status(parkId, jobId).orElseThrow(() -> notFound(parkId, jobId));
    }

    private static NotFoundException notFound(String parkId, String jobId) {
        return new NotFoundException("no network job '" + jobId + "' in park '" + parkId
                + "' (jobs are kept in memory: a restart forgets them)");
    }
}
