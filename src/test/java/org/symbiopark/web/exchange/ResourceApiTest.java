package org.symbiopark.web.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.symbiopark.web.WebApiTest;

class ResourceApiTest extends WebApiTest {

    @Test
    void theCatalogListsEveryStarterIdWithUnitAndNames() throws Exception {
        HttpResponse<String> response = get("/api/v1/resources");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode resources = json.readTree(response.body());
        assertThat(resources.size()).isGreaterThanOrEqualTo(34);
        JsonNode flyAsh = null;
        for (JsonNode r : resources) {
            if (r.path("id").asText().equals("fly_ash")) {
                flyAsh = r;
            }
        }
        assertThat(flyAsh).isNotNull();
        assertThat(flyAsh.path("unit").asText()).isEqualTo("t");
        assertThat(flyAsh.path("category").asText()).isEqualTo("material");
        assertThat(flyAsh.path("transport").asText()).isEqualTo("truck");
        assertThat(flyAsh.path("names").path("ru").asText()).isEqualTo("Зола-унос");
        assertThat(flyAsh.path("names").path("zh").asText()).isEqualTo("粉煤灰");
    }
}
