package org.symbiopark.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.symbiopark.store.postgis.PostgisParkStore;
import org.symbiopark.web.PostgisServer;

/** The routing API with the server on PostGIS: the park read back from PostGIS routes the same way. */
class RoutingApiOnPostgisTest extends RoutingApiTest {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry registry) {
        PostgisServer.register(registry);
    }

    @Test
    void theServerRunsOnPostgis() {
        assertThat(store).isInstanceOf(PostgisParkStore.class);
    }
}
