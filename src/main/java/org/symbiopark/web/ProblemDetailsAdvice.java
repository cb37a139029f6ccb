package org.symbiopark.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.symbiopark.config.SymbioparkProperties;
import org.symbiopark.geo.UnknownCrsException;
import org.symbiopark.jobs.JobRejectedException;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.ConflictException;
import org.symbiopark.routing.RasterTooLargeException;
import org.symbiopark.routing.UnreachableTerminalException;
import org.symbiopark.store.DuplicateIdException;

/**
 * Turns every error of a request into an RFC 9457 {@code application/problem+json} answer whose
 * detail a person can act on: which feature, which field, what was wrong. Spring MVC's own
 * errors (405, 415, 404 …) come through {@link ResponseEntityExceptionHandler}; the park's
 * errors are mapped here. Unexpected errors are logged with an incident id and answered with a
 * generic 500 that names the incident, never with an exception class or stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final long maxRequestBytes;

    ProblemDetailsAdvice(SymbioparkProperties properties) {
        this.maxRequestBytes = properties.maxRequestBytes();
    }

    @ExceptionHandler(InvalidParkException.class)
    ResponseEntity<Object> invalidPark(InvalidParkException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("errors", e.violations());
        return problem(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler({DuplicateIdException.class, ConflictException.class})
    ResponseEntity<Object> conflict(RuntimeException e) {
        return problem(Problems.of(HttpStatus.CONFLICT, e.getMessage()));
    }

    /** A multipart body that cannot be parsed (no boundary, cut short); too large ones are 413 below. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return tooLarge();
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST,
                "the multipart body cannot be read: send multipart/form-data with a boundary and a part named 'file'"));
    }

    @ExceptionHandler(UnknownCrsException.class)
    ResponseEntity<Object> unknownCrs(UnknownCrsException e) {
        return problem(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage()));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("invalidParams",
                java.util.List.of(java.util.Map.of("name", e.parameter(), "reason", e.reason())));
        return problem(problem);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestTooLargeException e) {
        return tooLarge();
    }

    /** A path or network end no path reaches: the detail names it, {@code terminal} too. */
    @ExceptionHandler(UnreachableTerminalException.class)
    ResponseEntity<Object> unreachable(UnreachableTerminalException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("terminal", e.what());
        return problem(problem);
    }

    /** A cost surface above the memory limit: the detail and {@code fittingCellSizeM} give the cell size that fits. */
    @ExceptionHandler(RasterTooLargeException.class)
    ResponseEntity<Object> rasterTooLarge(RasterTooLargeException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("cellSizeM", e.cellSizeM());
        problem.setProperty("fittingCellSizeM", e.finestFittingCellSizeM());
        problem.setProperty("estimatedBytes", e.estimatedBytes());
        problem.setProperty("maxBytes", e.maxBytes());
        return problem(problem);
    }

    @ExceptionHandler(JobRejectedException.class)
    ResponseEntity<Object> jobRejected(JobRejectedException e) {
        return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {}: unexpected error on {}", incident, request.getDescription(false), e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "the server failed to handle this request; the server log has the details under incident " + incident);
        problem.setProperty("incident", incident);
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedByTooLarge(e)) {
            return tooLarge();
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, unreadableDetail(e)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "another type" : describeType(e.getRequiredType());
        return invalidParameter(new InvalidParameterException(name,
                "'" + e.getValue() + "' is not " + expected));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "no such resource: /" + e.getResourcePath()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return tooLarge();
    }

    /** Every answer of Spring MVC's own handlers passes here: make it problem+json with a title. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> standard = super.handleExceptionInternal(e, body, headers, statusCode, request);
        if (standard == null) {
            // the response is committed already: nothing can be written any more
            return null;
        }
        ProblemDetail problem = standard.getBody() instanceof ProblemDetail p ? p
                : ProblemDetail.forStatus(standard.getStatusCode());
        HttpStatus known = HttpStatus.resolve(standard.getStatusCode().value());
        if (problem.getTitle() == null && known != null) {
            problem.setTitle(known.getReasonPhrase());
        }
        if (problem.getDetail() == null) {
            problem.setDetail(problem.getTitle());
        }
        HttpHeaders out = new HttpHeaders();
        out.addAll(standard.getHeaders());
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, out, standard.getStatusCode());
    }

    private ResponseEntity<Object> tooLarge() {
        return problem(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, Problems.tooLargeDetail(maxRequestBytes)));
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean causedByTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Where the JSON went wrong, without the parser's internal vocabulary. */
    static String unreadableDetail(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return "invalid value for field '" + field + "'" + at(mapping.getLocation());
        }
        if (cause instanceof JsonProcessingException parse) {
            return "malformed JSON" + at(parse.getLocation());
        }
        return "request body is missing or unreadable";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String describeType(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a valid " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
