package org.symbiopark.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.symbiopark.store.ParkStore;

/**
 * The running server on a random port with an empty GeoPackage store of its own, and a real
 * HTTP client (java.net.http). Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebApiTest {

    protected static final String PARKS = "/api/v1/parks";
    protected static final String PROBLEM_JSON = "application/problem+json";
    protected static final String GEO_JSON = "application/geo+json";

    private static final Path STORE = Path.of("target", "web-test", "store-" + UUID.randomUUID() + ".gpkg");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("symbiopark.geopackage-path", STORE::toString);
        registry.add("symbiopark.load-demo-data", () -> "false");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected ParkStore store;

    protected final HttpClient http = HttpClient.newHttpClient();
    protected final ObjectMapper json = new ObjectMapper();

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    protected HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> post(String path, String contentType, BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(body));
    }

    protected HttpResponse<String> postJson(String path, String body) {
        return post(path, "application/json", BodyPublishers.ofString(body));
    }

    protected HttpResponse<String> putJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(body)));
    }

    protected HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    protected JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("response is not JSON: " + response.body(), e);
        }
    }

    protected static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Asserts an RFC 9457 problem with this status and returns its body. */
    protected JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
        JsonNode problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.springframework", "com.fasterxml");
        return problem;
    }

    protected static String fixture(String name) {
        try (InputStream in = WebApiTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the fixture park under a fresh id and returns that id. */
    protected String importFixture() {
        String id = "park-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = post(PARKS + "/import?id=" + id, GEO_JSON,
                BodyPublishers.ofString(fixture("island-park.geojson")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    protected Map<String, Long> rowCounts() {
        return Map.copyOf(store.rowCounts());
    }
}
