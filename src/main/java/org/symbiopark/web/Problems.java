package org.symbiopark.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details as this API writes them: the status, its reason phrase as title, a detail. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    static String tooLargeDetail(long maxBytes) {
        return "request body larger than " + maxBytes + " bytes (" + maxBytes / (1024 * 1024)
                + " MiB), the limit set by symbiopark.max-request-bytes";
    }
}
