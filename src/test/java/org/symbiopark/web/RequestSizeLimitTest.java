package org.symbiopark.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies over symbiopark.max-request-bytes (25 MiB) get 413 problem+json and store nothing:
 * a declared Content-Length before the body is read, a chunked body as soon as it passes the
 * limit. The 50 MB bodies are valid JSON (an array of blanks), so only their size is wrong.
 */
class RequestSizeLimitTest extends WebApiTest {

    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static final byte[] BODY = fiftyMegabytes();

    private static byte[] fiftyMegabytes() {
        byte[] body = new byte[FIFTY_MB];
        Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        return body;
    }

    private void assertTooLarge(String contentType, boolean chunked) throws Exception {
        Map<String, Long> before = rowCounts();
        RawHttpExchange.Response response = RawHttpExchange.post(port, PARKS + "/import", contentType, BODY, chunked);
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().get("content-type")).startsWith(PROBLEM_JSON);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).contains("26214400");
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void declaredLengthIsRefusedBeforeReading() throws Exception {
        assertTooLarge("application/json", false);
    }

    @Test
    void chunkedJsonIsCountedWhileRead() throws Exception {
        assertTooLarge("application/json", true);
    }

    @Test
    void chunkedGeoPackageIsCountedWhileRead() throws Exception {
        assertTooLarge("application/geopackage+sqlite3", true);
    }

    @Test
    void oversizedMultipartUploadIsRefused() throws Exception {
        assertTooLarge("multipart/form-data; boundary=xyz", true);
    }
}
