package org.symbiopark.web.siting;

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
import org.symbiopark.jobs.SitingJobs;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.web.JobEventStreams;
import org.symbiopark.web.JobResource;

/**
 * Plant siting as a job (DESIGN.md §7): POST starts it, GET polls it, the events stream pushes it,
 * DELETE cancels it. Jobs are kept in memory: after a restart they are gone (404), never left
 * "running"; the result of a finished one is a scenario of the park.
 */
@RestController
@RequestMapping("/api/v1/parks/{parkId}/siting/jobs")
@Tag(name = "Siting")
class SitingJobController {

    private final SitingJobs siting;
    private final JobEventStreams events;

    SitingJobController(SitingJobs siting, JobEventStreams events) {
        this.siting = siting;
        this.events = events;
    }

    @PostMapping
    @Operation(summary = "Start siting the park's plants on its parcels",
            description = "202 with the job; 422 naming a plant that fits no parcel and why, or plants that"
                    + " cannot all be placed together (too few allowed parcels for them)")
    ResponseEntity<JobResource> start(@PathVariable String parkId,
            @RequestBody(required = false) SitingJobRequest body) {
        SitingJobRequest request = body == null ? new SitingJobRequest(null, null) : body;
        String jobId = siting.start(parkId, request.secondsOrDefault(), request.seedOrDefault());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{jobId}").buildAndExpand(jobId).toUri())
                .body(JobResource.of(find(parkId, jobId)));
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "A siting job's state, progress and, once done, result")
    JobResource get(@PathVariable String parkId, @PathVariable String jobId) {
        return JobResource.of(find(parkId, jobId));
    }

    @GetMapping(path = "/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events of a siting job: 'progress' while it runs, then one 'done'")
    SseEmitter events(@PathVariable String parkId, @PathVariable String jobId) {
        find(parkId, jobId);
        return events.stream(() -> siting.status(parkId, jobId).map(JobResource::of));
    }

    @DeleteMapping("/{jobId}")
    @Operation(summary = "Cancel a siting job (a finished one stays as it is)")
    JobResource cancel(@PathVariable String parkId, @PathVariable String jobId) {
        return JobResource.of(siting.cancel(parkId, jobId).orElseThrow(() -> notFound(parkId, jobId)));
    }

    private JobStatus find(String parkId, String jobId) {
        return siting.status(parkId, jobId).orElseThrow(() -> notFound(parkId, jobId));
    }

    private static NotFoundException notFound(String parkId, String jobId) {
        return new NotFoundException("no siting job '" + jobId + "' in park '" + parkId
                + "' (jobs are kept in memory: a restart forgets them)");
    }
}
