package org.symbiopark.web.park;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.symbiopark.store.postgis.PostgisParkStore;
import org.symbiopark.web.PostgisServer;

/** The park API with the server on PostGIS instead of the embedded GeoPackage. */
class ParkApiOnPostgisTest extends ParkApiTest {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry registry) {
        PostgisServer.register(registry);
    }

    @Test
    void theServerRunsOnPostgis() {
        assertThat(store).isInstanceOf(PostgisParkStore.class);
    }
}
