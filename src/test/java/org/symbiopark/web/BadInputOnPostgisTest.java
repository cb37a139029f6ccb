package org.symbiopark.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.symbiopark.store.postgis.PostgisParkStore;

/** The same refusals with the server on PostGIS: a refused import leaves every table as it was. */
class BadInputOnPostgisTest extends BadInputTest {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry registry) {
        PostgisServer.register(registry);
    }

    @Test
    void theServerRunsOnPostgis() {
        assertThat(store).isInstanceOf(PostgisParkStore.class);
    }
}
