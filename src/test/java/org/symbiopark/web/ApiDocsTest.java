package org.symbiopark.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI description and its browser. */
class ApiDocsTest extends WebApiTest {

    @Test
    void openApiDescribesTheParkEndpoints() {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = body(response);
        assertThat(api.path("info").path("title").asText()).isEqualTo("Symbiopark API");
        assertThat(api.path("info").path("description").asText()).contains("problem+json");
        JsonNode paths = api.path("paths");
        assertThat(paths.has("/api/v1/parks")).isTrue();
        assertThat(paths.has("/api/v1/parks/{parkId}/{layer}")).isTrue();
        assertThat(paths.has("/api/v1/parks/import")).isTrue();
        assertThat(paths.path("/api/v1/parks").path("get").path("summary").asText()).isEqualTo("List all parks");
        assertThat(paths.path("/api/v1/parks/{parkId}/export").path("get").path("summary").asText()).contains("GeoPackage");
    }

    @Test
    void swaggerUiIsServed() {
        HttpResponse<String> response = send(java.net.http.HttpRequest.newBuilder(uri("/swagger-ui/index.html")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Swagger UI");
        assertThat(get("/swagger-ui.html").statusCode()).as("redirect to the UI").isEqualTo(302);
    }
}
